-- source: Flink ScalarOperatorGens.generateIsDistinctFrom is built on generateEquals, which refuses DECIMAL vs STRING ('implicit type conversion between VARCHAR and DECIMAL is not supported now')
-- fail: 3:8 implicit type conversion between VARCHAR and DECIMAL is not supported now
SELECT CAST(s AS STRING) IS DISTINCT FROM CAST(n AS DECIMAL(1, 0)) AS x
FROM (VALUES ('1', 1)) AS T(s, n);
