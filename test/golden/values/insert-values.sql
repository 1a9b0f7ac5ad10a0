-- source: Flink docs (INSERT INTO ... VALUES); by hand
CREATE TABLE sink (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/sink', 'format' = 'json');
INSERT INTO sink VALUES (1, 'one'), (2, 'two');
SELECT * FROM sink;
