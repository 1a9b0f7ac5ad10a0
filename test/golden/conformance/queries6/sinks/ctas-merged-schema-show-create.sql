-- source: Flink MergeTableAsUtil#mergeSchemas (declared-only columns first, then the query's with overridden types; the primary key on a query column, which becomes NOT NULL; a watermark on a declared column) and ShowCreateUtil's SHOW CREATE TABLE layout (VARCHAR(2147483647) for STRING, options sorted), as in Flink's CREATE TABLE AS docs ("CREATE TABLE my_ctas_table (desc STRING, quantity DOUBLE, PRIMARY KEY …) … AS SELECT …")
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE MyCtasTable(
  `p1` INT COMMENT 'new',
  `votes` DOUBLE,
  `votes_2x` AS `votes` * 2,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND,
  PRIMARY KEY (person) NOT ENFORCED
) WITH ('connector' = 'blackhole') AS SELECT `person`, `votes` FROM src;
SHOW CREATE TABLE MyCtasTable;
