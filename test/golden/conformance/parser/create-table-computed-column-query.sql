-- source: FlinkSqlParserImplTest#testInvalidComputedColumn: "Query expression encountered in illegal context" at ^(^ (line 4, column 8)
-- fail: 6:8 Query expression encountered in illegal context
CREATE TABLE t1 (
  a bigint, 
  b varchar,
  c as (select max(d) from t2), 
  PRIMARY KEY (a, b) 
) with (
  'x' = 'y', 
  'asd' = 'data'
);
