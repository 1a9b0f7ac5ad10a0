-- source: Flink CalcITCase#testLikeWithConditionContainsDoubleQuotationMark (b LIKE '%"%'; expected 2,cbc"ddd)
CREATE TABLE MyTable (a int, b string) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM MyTable WHERE b LIKE '%"%';
