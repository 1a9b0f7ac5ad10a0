-- source: Flink MergeTableAsUtil#reorderColumns ("Column '%s' not found in the source schema. ")
-- fail: Column 'vote' not found in the source schema.
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE t(vote, person) WITH ('connector' = 'blackhole') AS SELECT person, votes FROM src;
