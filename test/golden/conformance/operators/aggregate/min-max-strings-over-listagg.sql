-- source: Flink AggregateITCase#testMinMaxWithBinaryString (expected 1,A,A 2,B,BC 3,C,DE 4,EF,IJ)
-- order: final
CREATE TABLE T (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, min(c), max(c)
FROM (
 SELECT a, b, listagg(c) as c
 FROM T
 GROUP BY a, b)
GROUP BY b;
