-- source: Flink SqlCreateTableConverter / FlinkSqlParserImplTest#testCreateTableWithColumnIdentifiers ('Columns identifiers without types in the schema are supported on CTAS/RTAS statements only.'); the position is the column list's
-- fail: 4:15 Columns identifiers without types in the schema are supported on CTAS/RTAS statements only.
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE t(votes, person) WITH ('connector' = 'blackhole');
