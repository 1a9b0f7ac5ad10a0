-- source: Flink AggregateITCase#testVAR_POP (VAR_POP of INT is INT, from integer arithmetic: expected 15602500 and 28889)
-- order: final
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT VAR_POP(a) FROM MyTable GROUP BY c;
