-- source: Flink MergeTableAsUtil#reorderColumns ('The number of columns in the column list must match the number of columns in the source schema.'); SqlCreateTableAsConverter calls it for a column list without types
-- fail: The number of columns in the column list must match the number of columns in the source schema.
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE t(votes) WITH ('connector' = 'blackhole') AS SELECT person, votes FROM src;
