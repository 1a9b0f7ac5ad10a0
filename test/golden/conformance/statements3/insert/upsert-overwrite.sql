-- source: FlinkSqlParserImplTest#testInvalidUpsertOverwrite: OVERWRITE expression is only used with INSERT statement. (at OVERWRITE)
-- fail: 3:8 OVERWRITE expression is only used with INSERT statement.
UPSERT OVERWRITE myDB.myTbl SELECT * FROM src;
