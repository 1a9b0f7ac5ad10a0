-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST) and CastFunctionITCase semantics; by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TRY_CAST(s AS DATE) AS d FROM t;
