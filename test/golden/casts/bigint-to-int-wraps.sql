-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST) and CastFunctionITCase semantics; by hand
CREATE TABLE t (
  b BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(b AS INT) AS i FROM t;
