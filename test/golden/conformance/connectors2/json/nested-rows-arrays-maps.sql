-- source: Flink JsonRowDataSerDeSchemaTest#testSerDeMultiRows (nested MAP, ARRAY, ROW; a JSON null inside a row); by hand
-- order: strict
CREATE TABLE t (f1 INT, f2 BOOLEAN, f3 STRING, f4 MAP<STRING, STRING>, f5 ARRAY<STRING>, f6 ROW<f1 STRING, f2 INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f1, f2, f3, f4, f5, f6, f6.f1 AS inner_f1 FROM t;
