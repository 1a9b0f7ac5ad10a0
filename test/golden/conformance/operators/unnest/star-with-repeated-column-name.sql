-- source: Calcite expandStar / SqlValidatorUtil.uniquify as Flink validates (SELECT * over T CROSS JOIN UNNEST(..) AS U(a) lists T.a, T.b and U.a, the last named a0)
CREATE TABLE T (a INT, b ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM T CROSS JOIN UNNEST(T.b) AS U(a);
