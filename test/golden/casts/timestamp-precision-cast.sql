-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST), CastRulesTest (non-legacy: nested NULL as NULL, BOOLEAN as TRUE); by hand
CREATE TABLE t (
  ts TIMESTAMP(6)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(ts AS TIMESTAMP(3)) AS t3, CAST(ts AS TIMESTAMP(0)) AS t0, CAST(ts AS STRING) AS s FROM t;
