-- source: Flink docs (Data Types; Arithmetic Functions), Java arithmetic semantics; computed by hand
CREATE TABLE t (
  d DATE,
  tm TIME,
  ts TIMESTAMP(3),
  ts6 TIMESTAMP(6)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT d, tm, ts, ts6 FROM t;
