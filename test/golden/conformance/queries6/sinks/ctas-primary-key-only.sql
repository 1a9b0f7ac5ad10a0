-- source: Flink CREATE TABLE AS docs (a primary key declared without columns: "CREATE TABLE my_ctas_table (PRIMARY KEY (id) NOT ENFORCED) WITH (…) AS SELECT …") and MergeTableAsUtil#mergeSchemas (the query's columns with the key, its column NOT NULL); DESCRIBE of the created table
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE t (PRIMARY KEY (person) NOT ENFORCED) WITH ('connector' = 'blackhole') AS SELECT person, votes FROM src WHERE person IS NOT NULL;
DESCRIBE t;
