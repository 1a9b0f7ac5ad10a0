-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING,
  s2 STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TO_DATE(s) AS a, TO_DATE(s2, 'dd/MM/yyyy') AS b, TO_TIMESTAMP(CONCAT(s, ' 13:45:30')) AS c FROM t;
