-- source: FlinkSqlParserImplTest#testInsertOnConflict: Encountered "UPDATE" at line 1, column 48 (ON CONFLICT DO ERROR | NOTHING | DEDUPLICATE only)
-- fail: 3:48 UPDATE
INSERT INTO t1 SELECT * FROM t2 ON CONFLICT DO UPDATE;
