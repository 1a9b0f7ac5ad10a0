-- source: Flink's sink check: EXCEPT is planned as an anti join plus aggregation, an updating result an append-only filesystem sink refuses ("doesn't support consuming update changes")
-- fail: doesn't support consuming update changes
CREATE TABLE src (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE snk (a INT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO snk SELECT a FROM src EXCEPT SELECT a FROM src WHERE a > 1;
