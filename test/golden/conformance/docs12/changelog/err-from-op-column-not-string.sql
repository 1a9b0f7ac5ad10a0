-- source: Flink's FromChangelogTypeStrategy#validateOpColumn
-- fail: The op column 'n' must be of STRING type
CREATE TABLE t (id INT, op STRING, name STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE t, op => DESCRIPTOR(n));
