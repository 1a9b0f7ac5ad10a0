-- source: Flink FlinkSqlOperatorTable (newest) return types: the CONCAT function is CONCAT_FUNCTION (explicit VARCHAR: STRING, nullable with its arguments); || is Calcite's CONCAT (VARCHAR of the summed lengths)
SELECT CONCAT(f0, 'x') AS c0,
       f0 || 'x' AS c1,
       CONCAT(f0, CAST(NULL AS STRING)) AS c2
FROM (VALUES (1, CAST('Hello' AS VARCHAR(5))),
             (2, CAST('Hello' AS VARCHAR(5)))) AS T(k, f0)
WHERE k = 1;
