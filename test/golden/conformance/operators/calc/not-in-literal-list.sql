-- source: Flink CalcITCase#testNotIn (WHERE b not in (1,3,4,5,6); expected 2,2,Hello 3,2,Hello world)
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM MyTable WHERE b not in (1,3,4,5,6);
