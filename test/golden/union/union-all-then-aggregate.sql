-- source: Flink docs (UNION ALL then GROUP BY ... HAVING: only the +U that passes HAVING is emitted); by hand
-- order: any
CREATE TABLE l (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input:l}', 'format' = 'json');
CREATE TABLE r (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input:r}', 'format' = 'json');
SELECT b, COUNT(*) AS c FROM (SELECT a, b FROM l UNION ALL SELECT a, b FROM r) GROUP BY b HAVING COUNT(*) > 1;
