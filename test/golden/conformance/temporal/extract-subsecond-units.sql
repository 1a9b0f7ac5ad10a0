-- source: Flink ExtractFunctionITCase (MILLISECOND / MICROSECOND / NANOSECOND are the fraction of the second)
CREATE TABLE t (
  ts TIMESTAMP(6)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT EXTRACT(MILLISECOND FROM ts) AS ms, EXTRACT(MICROSECOND FROM ts) AS us, EXTRACT(NANOSECOND FROM ts) AS ns, EXTRACT(SECOND FROM ts) AS s, EXTRACT(EPOCH FROM ts) AS e FROM t;
