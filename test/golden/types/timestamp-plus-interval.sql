-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ts + INTERVAL '1' HOUR AS h, ts - INTERVAL '2' DAY AS d2, ts + INTERVAL '1' MONTH AS m FROM t;
