-- source: Flink JsonRowDataSerDeSchemaTest#testSlowDeserialization (numbers and booleans given as JSON strings); by hand
-- order: strict
CREATE TABLE t (bool BOOLEAN, i INT, big BIGINT, d1 DOUBLE, f1 FLOAT, amount DECIMAL(5, 2)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT bool, i, big, d1, f1, amount FROM t;
