-- source: Flink DataGenTableSourceFactoryTest (flink-table-api-java-bridge) and the DataGen connector docs; testLengthForCollectionType (fields.#.length sets the size of ARRAY / MAP / MULTISET); by hand
-- order: final
CREATE TABLE g (a ARRAY<STRING>, m MAP<STRING, INT>) WITH ('connector' = 'datagen', 'number-of-rows' = '10', 'fields.a.length' = '10', 'fields.m.length' = '10');
SELECT COUNT(*) AS n, MIN(CARDINALITY(a)) = 10 AND MAX(CARDINALITY(a)) = 10 AS a_ok, MIN(CARDINALITY(m)) = 10 AND MAX(CARDINALITY(m)) = 10 AS m_ok FROM g;
