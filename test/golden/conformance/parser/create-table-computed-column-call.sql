-- source: FlinkSqlParserImplTest#testInvalidComputedColumn: Encountered "(" at line 4, column 14
-- fail: 6:14 found '('
CREATE TABLE t1 (
  a bigint, 
  b varchar,
  toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'), 
  PRIMARY KEY (a, b) 
) with (
  'x' = 'y', 
  'asd' = 'data'
);
