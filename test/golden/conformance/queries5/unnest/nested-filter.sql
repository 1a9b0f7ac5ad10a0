-- source: Flink UnnestITCase#testUnnestWithNestedFilter (a CROSS JOIN UNNEST in a subquery filtered on S.b1 >= 12, then b2 <> '42.6' outside; expected 1,12,45.6 1,12,45.612 2,13,41.6 2,14,45.2136)
CREATE TABLE MyTable (a INT, b ARRAY<ROW<_1 INT, _2 STRING>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM (
   SELECT a, b1, b2 FROM
       (SELECT a, b FROM MyTable) T
       CROSS JOIN
       UNNEST(T.b) as S(b1, b2)
       WHERE S.b1 >= 12
   ) tmp
WHERE b2 <> '42.6';
