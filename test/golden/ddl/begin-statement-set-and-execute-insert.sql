-- source: Flink SQL client docs (BEGIN STATEMENT SET; … END; runs the INSERTs as one job) and the INSERT page (EXECUTE INSERT INTO is INSERT INTO); by hand
-- order: strict
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE s1 (a INT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/s1', 'format' = 'json');
CREATE TABLE s2 (b STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/s2', 'format' = 'json');
CREATE TABLE s3 (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/s3', 'format' = 'json');
BEGIN STATEMENT SET;
INSERT INTO s1 SELECT a FROM t WHERE a > 1;
INSERT INTO s2 SELECT b FROM t;
END;
EXECUTE INSERT INTO s3 SELECT a * 10, UPPER(b) FROM t WHERE a = 1;
SELECT * FROM s1;
SELECT * FROM s2;
SELECT * FROM s3;
