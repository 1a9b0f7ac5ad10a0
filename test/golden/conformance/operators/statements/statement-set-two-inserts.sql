-- source: Flink docs, dev/table/sql/insert (EXECUTE STATEMENT SET BEGIN ... END: both INSERTs run as one job)
-- order: any
CREATE TABLE src (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE s3 (x INT, y STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
EXECUTE STATEMENT SET BEGIN
INSERT INTO s3 SELECT a, 'one' FROM src;
INSERT INTO s3 SELECT a + 10, 'two' FROM src;
END;
SELECT * FROM s3;
