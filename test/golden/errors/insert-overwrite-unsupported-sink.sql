-- source: Flink DynamicSinkUtils.validateAndApplyOverwrite ("INSERT OVERWRITE requires that the underlying DynamicTableSink of table '…' implements the SupportsOverwrite interface."); position by hand
-- fail: 4:1 INSERT OVERWRITE requires that the underlying DynamicTableSink of table 'default_catalog.default_database.b' implements the SupportsOverwrite interface.
CREATE TABLE b (a INT) WITH ('connector' = 'blackhole');
INSERT OVERWRITE b SELECT 1;
