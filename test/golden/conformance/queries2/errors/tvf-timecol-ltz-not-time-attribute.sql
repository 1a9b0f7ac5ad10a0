-- source: Flink SqlWindowTableFunction.checkTimeColumnDescriptorOperand: 'The window function requires the timecol is a time attribute type, but is %s.' with Calcite's RelDataType text (TIMESTAMP_WITH_LOCAL_TIME_ZONE(3) for a TIMESTAMP_LTZ(3) column without a watermark, as Flink users report it); Flink gives no position
-- fail: The window function requires the timecol is a time attribute type, but is TIMESTAMP_WITH_LOCAL_TIME_ZONE(3).
CREATE TABLE Ltz (ts TIMESTAMP_LTZ(3), price DECIMAL(10, 2)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TABLE(TUMBLE(TABLE Ltz, DESCRIPTOR(ts), INTERVAL '10' MINUTES));
