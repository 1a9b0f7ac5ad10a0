-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE t (
  `my col` STRING,
  `$rowtime2` INT,
  `Select` INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT `my col`, `$rowtime2` + 1 AS `next $`, `Select` FROM t;
