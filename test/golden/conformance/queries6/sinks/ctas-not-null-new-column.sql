-- source: Flink MergeTableAsUtil#maybeRewriteQuery (a declared column the query lacks gets NULL; NOT NULL: "Column '%s' has no default value and does not allow NULLs.")
-- fail: Column 'p1' has no default value and does not allow NULLs.
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE t(p1 INT NOT NULL) WITH ('connector' = 'blackhole') AS SELECT person, votes FROM src;
