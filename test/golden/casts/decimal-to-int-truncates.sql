-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST), CastRulesTest (non-legacy: nested NULL as NULL, BOOLEAN as TRUE); by hand
CREATE TABLE t (
  m DECIMAL(10, 2)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(m AS INT) AS i FROM t;
