-- source: Flink JsonAggregationFunctionsITCase: the SQL result type of JSON_OBJECTAGG / JSON_ARRAYAGG is VARCHAR(2000) NOT NULL; members are serialised sorted by key (SqlJsonUtils ORDER_MAP_ENTRIES_BY_KEYS, as JSON_OBJECT in JsonFunctionsITCase); "Omits NULLs": {"A":1,"C":3}
-- order: final
SELECT JSON_OBJECTAGG(f0 VALUE f1 ABSENT ON NULL) AS c0
FROM (VALUES ('C', 3), ('B', CAST(NULL AS INT)), ('A', 1)) AS T(f0, f1);
