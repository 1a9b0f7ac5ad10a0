-- source: Flink TableSinkITCase#testNullEnforcer with table.exec.sink.not-null-enforcer = DROP: rows with NULL in a NOT NULL column are dropped silently, the sink holds (1, Apache, 11) and (null, Flink, 33); read back from the filesystem sink
-- order: any
CREATE TABLE src (a INT, b STRING, c INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE T1 (a INT, b STRING NOT NULL, c INT NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
SET 'table.exec.sink.not-null-enforcer' = 'DROP';
INSERT INTO T1 SELECT * FROM src;
SELECT * FROM T1;
