-- source: Flink AggregateITCase#testListAggWithDistinct (expected 1,A 2,B 3,C#A 4,EF)
-- order: final
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, LISTAGG(DISTINCT c, '#') FROM MyTable GROUP BY b;
