-- source: Flink keys are BinaryRowData (BinaryRowWriter.writeDouble stores the raw bits; BinaryRowData equals / hashCode compare the bytes), so DOUBLE / FLOAT -0.0 and 0.0 are two keys; CAST(-0.0 AS STRING) is Double.toString: -0.0; SELECT DISTINCT is a GroupAggregate on every column; by hand
CREATE TABLE t (
  k STRING,
  d DOUBLE,
  f FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DISTINCT d FROM t;
SELECT DISTINCT f, k FROM t;
