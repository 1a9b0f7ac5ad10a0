-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST), CastRulesTest (non-legacy: nested NULL as NULL, BOOLEAN as TRUE); by hand
CREATE TABLE t (
  b BOOLEAN
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(b AS STRING) AS s FROM t;
