-- source: Flink CalcITCase#testCurrentWatermarkWithoutAnyAttribute ("From line 1, column 12 to line 1, column 30: No match found for function signature CURRENT_WATERMARK()." then the supported signatures)
-- fail: 4:12 No match found for function signature CURRENT_WATERMARK()
CREATE TABLE T (ts TIMESTAMP_LTZ(3)) WITH ('connector' = 'filesystem', 'path' = '/nonexistent', 'format' = 'json');
SELECT ts, CURRENT_WATERMARK() FROM T;
