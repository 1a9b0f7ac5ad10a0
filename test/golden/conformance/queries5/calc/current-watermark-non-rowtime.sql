-- source: Flink CalcITCase#testCurrentWatermarkForNonRowtimeAttribute ("SQL validation failed. Invalid function call:\nCURRENT_WATERMARK(TIMESTAMP_LTZ(3))": the argument must be a rowtime attribute)
-- fail: Invalid function call
CREATE TABLE T (ts TIMESTAMP_LTZ(3)) WITH ('connector' = 'filesystem', 'path' = '/nonexistent', 'format' = 'json');
SELECT CURRENT_WATERMARK(ts) FROM T;
