-- source: Flink docs (Set Operations: UNION / UNION ALL); by hand
-- order: any
CREATE TABLE l (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input:l}', 'format' = 'json');
CREATE TABLE r (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input:r}', 'format' = 'json');
SELECT a, b FROM l UNION SELECT a, b FROM r;
