-- source: Flink JsonRowDataSerDeSchemaTest#testSerDe (MULTISET<STRING> read from an object of element counts); by hand
-- order: strict
CREATE TABLE t (ms MULTISET<STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ms, CARDINALITY(ms) AS n FROM t;
