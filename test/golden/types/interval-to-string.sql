-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  x INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(INTERVAL '2' DAY AS STRING) AS a, CAST(INTERVAL '10' MINUTE AS STRING) AS b, CAST(INTERVAL '1-2' YEAR TO MONTH AS STRING) AS c FROM t;
