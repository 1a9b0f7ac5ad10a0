-- source: Flink's ToChangelogTestPrograms#INVALID_DESCRIPTOR (ToChangelogTypeStrategy)
-- fail: The descriptor for argument 'op' must contain exactly one column name.
CREATE TABLE t (id INT, op STRING, name STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TO_CHANGELOG(input => TABLE t, op => DESCRIPTOR(a, b));
