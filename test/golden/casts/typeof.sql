-- source: Flink docs (Type Conversion Functions, CAST/TRY_CAST), CastRulesTest (non-legacy: nested NULL as NULL, BOOLEAN as TRUE); by hand
CREATE TABLE t (
  i INT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TYPEOF(i) AS a, TYPEOF(s) AS b, TYPEOF(i + 1.5) AS c FROM t;
