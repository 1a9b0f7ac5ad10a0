-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST) and CastFunctionITCase semantics; by hand
CREATE TABLE t (
  a ARRAY<INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(a AS STRING) AS s FROM t;
