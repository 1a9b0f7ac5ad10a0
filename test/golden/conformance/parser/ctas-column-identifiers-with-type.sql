-- source: FlinkSqlParserImplTest#testCreateTableAsSelectWithColumnIdentifiers: Encountered "int" at line 1, column 28
-- fail: 3:28 found reserved keyword 'int'
CREATE TABLE t (col1, col2 int) WITH ('test' = 'zm') AS SELECT col1 FROM b;
