-- source: Flink docs (EXECUTE STATEMENT SET); by hand
-- order: strict
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE s1 (a INT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/s1', 'format' = 'json');
CREATE TABLE s2 (b STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/s2', 'format' = 'csv');
EXECUTE STATEMENT SET
BEGIN
  INSERT INTO s1 SELECT a FROM t;
  INSERT INTO s2 SELECT b FROM t WHERE a <> 2;
END;
SELECT * FROM s1;
SELECT * FROM s2;
