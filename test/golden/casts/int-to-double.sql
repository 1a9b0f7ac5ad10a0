-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST), CastRulesTest (non-legacy: nested NULL as NULL, BOOLEAN as TRUE); by hand
CREATE TABLE t (
  i INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(i AS DOUBLE) AS d FROM t;
