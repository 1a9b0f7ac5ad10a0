-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  n BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TO_TIMESTAMP_LTZ(n, 0) AS s, TO_TIMESTAMP_LTZ(n * 1000, 3) AS ms FROM t;
