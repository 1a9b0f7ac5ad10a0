-- source: Flink UnnestITCase#testUnnestArrayOfRowsWithNestedFilterWithOrdinality (expected 1,12,45.6,1 and 2,13,41.6,1)
CREATE TABLE T (a INT, b ARRAY<ROW<x INT, y STRING>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM (
   SELECT a, b1, b2, ord FROM
       (SELECT a, b FROM T) T2
       CROSS JOIN
       UNNEST(T2.b) WITH ORDINALITY as S(b1, b2, ord)
       WHERE S.b1 >= 12
   ) tmp
WHERE b2 <> '42.6' AND ord <> 2;
