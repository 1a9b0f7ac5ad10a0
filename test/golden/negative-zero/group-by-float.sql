-- source: Flink keys are BinaryRowData (BinaryRowWriter.writeDouble stores the raw bits; BinaryRowData equals / hashCode compare the bytes), so DOUBLE / FLOAT -0.0 and 0.0 are two keys; CAST(-0.0 AS STRING) is Double.toString: -0.0; GroupAggFunction emission (no mini-batch); by hand
CREATE TABLE t (
  k STRING,
  d DOUBLE,
  f FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, f, COUNT(*) AS c FROM t GROUP BY k, f;
