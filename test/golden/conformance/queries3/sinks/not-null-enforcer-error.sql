-- source: Flink TableSinkITCase#testNullEnforcer (schema a INT, b STRING NOT NULL, c INT NOT NULL; rows (1, Apache, 11), (2, null, 22), (null, Flink, 33), (null, null, 44)): with the default table.exec.sink.not-null-enforcer = ERROR the job fails at the first NULL in a NOT NULL column (ConstraintEnforcer#processNotNullConstraint)
-- fail: Column 'b' is NOT NULL, however, a null value is being written into it. You can set job configuration 'table.exec.sink.not-null-enforcer'='DROP' to suppress this exception and drop such records silently.
CREATE TABLE src (a INT, b STRING, c INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE T1 (a INT, b STRING NOT NULL, c INT NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO T1 SELECT * FROM src;
