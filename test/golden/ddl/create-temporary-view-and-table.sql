-- source: Flink docs (CREATE TEMPORARY TABLE / TEMPORARY VIEW); by hand
CREATE TEMPORARY TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TEMPORARY VIEW tv AS SELECT b FROM t WHERE a = 2;
SELECT * FROM tv;
