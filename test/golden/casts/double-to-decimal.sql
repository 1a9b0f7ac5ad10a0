-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST) and CastFunctionITCase semantics; by hand
CREATE TABLE t (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(d AS DECIMAL(10, 2)) AS r FROM t;
