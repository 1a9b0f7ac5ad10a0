-- source: Flink JsonAggregationFunctionsITCase "Keeps NULLs" and "Basic Aggregation" (JSON_ARRAYAGG typed VARCHAR(2000) NOT NULL; expected ["A",null,"C"] and ["A","C"])
-- order: final
SELECT JSON_ARRAYAGG(f0 NULL ON NULL) AS a, JSON_ARRAYAGG(f0) AS b
FROM (VALUES ('A'), (CAST(NULL AS STRING)), ('C')) AS T(f0);
