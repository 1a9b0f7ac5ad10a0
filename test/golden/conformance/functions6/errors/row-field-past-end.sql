-- source: Flink RowTypeValidationTest#testSqlRowIllegalAccess (f5.f2 of a two-field row is a validation error)
-- fail: 4:11 not found
CREATE TABLE testTable (f0 ROW<intField INT, stringField STRING, booleanField BOOLEAN>, f5 ROW<f0 STRING, f1 BOOLEAN>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f5.f2 FROM testTable;
