-- source: Flink COMPILE AND EXECUTE PLAN (TableEnvironmentImpl: a missing file is compiled, written and run; an existing one is run as it is, so the second statement's a * 10 is not used); statement set form; rows by hand, read back from the filesystem sink
-- order: any
CREATE TABLE src (a INT, s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE k1 (a INT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/o1', 'format' = 'json');
CREATE TABLE k2 (s STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/o2', 'format' = 'json');
COMPILE AND EXECUTE PLAN '${tmpdir}/p.json' FOR STATEMENT SET BEGIN
INSERT INTO k1 SELECT a FROM src;
INSERT INTO k2 SELECT s FROM src;
END;
COMPILE AND EXECUTE PLAN '${tmpdir}/p.json' FOR STATEMENT SET BEGIN
INSERT INTO k1 SELECT a * 10 FROM src;
INSERT INTO k2 SELECT s FROM src;
END;
SELECT * FROM k1;
SELECT * FROM k2;
