-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SPLIT_INDEX(s, ',', 2) AS a, SPLIT_INDEX(s, ',', 3) AS b FROM t;
