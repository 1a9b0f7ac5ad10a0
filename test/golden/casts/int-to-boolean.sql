-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST) and CastFunctionITCase semantics; by hand
CREATE TABLE t (
  i INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(i AS BOOLEAN) AS b FROM t;
