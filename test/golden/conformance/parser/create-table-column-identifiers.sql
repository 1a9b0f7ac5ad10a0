-- source: FlinkSqlParserImplTest#testUnsupportedCreateTableStatementsWithColumnIdentifiers: "Columns identifiers without types in the schema are supported on CTAS/RTAS statements only." at ^(a, h^ (line 1, column 16)
-- fail: 3:16 Columns identifiers without types in the schema are supported on CTAS/RTAS statements only
CREATE TABLE t (a, h) WITH ('connector' = 'kafka', 'kafka.topic' = 'log.test');
