-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST), CastRulesTest (non-legacy: nested NULL as NULL, BOOLEAN as TRUE); by hand
CREATE TABLE t (
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(d AS TIMESTAMP(3)) AS ts, CAST(d AS STRING) AS s FROM t;
