-- source: FlinkSqlParserImplTest#testAlterTableAddWatermark: Multiple WATERMARK declarations are not supported yet (at the second WATERMARK)
-- fail: 6:1 Multiple WATERMARK declarations are not supported yet.
CREATE TABLE t1 (a BIGINT, b STRING, id INT, ts TIMESTAMP(3), f1 TIMESTAMP(3)) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
alter table default_catalog.default_database.t1 add (
watermark for ts as ts - interval '1' second,
watermark for f1 as now()
);
