-- source: Flink CompositeAccessValidationTest#testWrongSqlField (f5.test: a field the row type lacks is a validation error at the field's identifier)
-- fail: 4:11 not found
CREATE TABLE testTable (f0 ROW<intField INT, stringField STRING, booleanField BOOLEAN>, f5 ROW<f0 STRING, f1 BOOLEAN>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f5.test FROM testTable;
