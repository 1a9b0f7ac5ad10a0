-- source: Flink integer division is the generated Java '/', which throws ArithmeticException '/ by zero' (unlike DOUBLE division)
-- fail: / by zero
CREATE TABLE t (a INT, b INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a / b AS q FROM t;
