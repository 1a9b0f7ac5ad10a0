-- source: Flink TableSourceITCase#testProjectWithoutInputRef (SELECT COUNT(*) over TestData.smallData3, no column read; expected 3), changelog by GroupAggFunction's rules without mini-batch: +I 1, then -U/+U per row
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM MyTable;
