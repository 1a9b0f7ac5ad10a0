-- source: Flink JsonRowDataSerDeSchemaTest#testSerDeSQLTimestampFormat (SQL standard, LTZ text with Z is UTC); LTZ printed in the session time zone; by hand
-- order: strict
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE t (ts3 TIMESTAMP(3), ltz3 TIMESTAMP_LTZ(3)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ts3, ltz3 FROM t;
