-- source: FlinkSqlParserImplTest#testAlterTableDropConstraint: Encountered "<EOF>" at line 1, column 30 (JavaCC puts <EOF> on the last character; the file has no final newline, like the test string)
-- fail: 3:30 found end of input
alter table t1 drop constraint