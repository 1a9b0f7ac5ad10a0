-- source: Flink's ToChangelogTypeStrategy#validateInputs (op_mapping must be a literal)
-- fail: The 'op_mapping' argument must be a constant MAP literal.
CREATE TABLE t (id INT, op STRING, name STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TO_CHANGELOG(input => TABLE t, op_mapping => MAP['INSERT', name]);
