-- source: Flink TemporalSortITCase#testTimestampEventTimeAndOtherFieldOrderBy (ORDER BY rowtime, `int`; the retract sink's rows in order)
CREATE TABLE T (
  rowtime TIMESTAMP(3),
  key BIGINT,
  str STRING,
  `int` INT,
  WATERMARK FOR rowtime AS rowtime - interval '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT key, str, `int` FROM T ORDER BY rowtime, `int`;
