-- source: Flink AggregateITCase#testListAgg (listagg(c) and listagg(c, '-') of ten 'Hi'; the UDF columns left out)
-- order: final
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT listagg(c), listagg(c, '-') FROM MyTable GROUP BY c;
