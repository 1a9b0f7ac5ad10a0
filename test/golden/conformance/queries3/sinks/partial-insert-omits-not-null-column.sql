-- source: Flink TableSinkITCase#testNullEnforcer ('Test not including a NOT NULL column': INSERT INTO T1(a, b) fails validation with "Column 'c' has no default value and does not allow NULLs", Flink gives no position: 'At line 0, column 0')
-- fail: Column 'c' has no default value and does not allow NULLs
CREATE TABLE src (a INT, b STRING, c INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE T1 (a INT, b STRING NOT NULL, c INT NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO T1 (a, b) SELECT a, b FROM src;
