-- source: Flink docs, dev/table/sql/insert (INSERT INTO ... (column list): the columns not listed are NULL)
CREATE TABLE s1 (a INT, b STRING, c DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO s1 (c, a) VALUES (1.5, 1), (2.5, 2);
SELECT * FROM s1;
