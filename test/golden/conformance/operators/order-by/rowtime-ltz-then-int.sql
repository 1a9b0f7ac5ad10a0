-- source: Flink TemporalSortITCase#testTimestampLtzEventTimeAndOtherFieldOrderBy (TIMESTAMP_LTZ(3) rowtime)
CREATE TABLE T (
  rowtime TIMESTAMP_LTZ(3),
  key BIGINT,
  str STRING,
  `int` INT,
  WATERMARK FOR rowtime AS rowtime - interval '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT key, str, `int` FROM T ORDER BY rowtime, `int`;
