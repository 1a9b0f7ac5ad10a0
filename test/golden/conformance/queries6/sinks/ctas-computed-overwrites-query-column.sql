-- source: Flink MergeTableAsUtil#validateImplicitCastCompatibility (a computed or metadata column of a query column's name: "A column named '%s' already exists in the source schema. Computed and metadata columns cannot overwrite regular columns.")
-- fail: A column named 'votes' already exists in the source schema. Computed and metadata columns cannot overwrite regular columns.
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE t(votes AS 1) WITH ('connector' = 'blackhole') AS SELECT person, votes FROM src;
