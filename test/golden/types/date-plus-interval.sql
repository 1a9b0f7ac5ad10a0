-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT d + INTERVAL '1' DAY AS n, d + INTERVAL '1' MONTH AS m FROM t;
