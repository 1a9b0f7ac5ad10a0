-- source: Flink UnnestITCase#testUnnestWithOrdinalityForEmptyArray (an empty array gives no rows)
CREATE TABLE T (a INT, b ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, number, ordinality
FROM T CROSS JOIN UNNEST(b) WITH ORDINALITY AS t(number, ordinality);
