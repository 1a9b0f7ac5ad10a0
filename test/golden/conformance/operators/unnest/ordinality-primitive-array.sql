-- source: Flink UnnestITCase#testUnnestPrimitiveArrayWithOrdinality (expected 1,12,1 1,45,2 2,41,1 2,5,2 3,18,1 3,42,2); ORDINALITY is INTEGER NOT NULL (Calcite SqlUnnestOperator)
CREATE TABLE T (a INT, b ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, number, ordinality
FROM T CROSS JOIN UNNEST(b) WITH ORDINALITY AS t(number, ordinality);
