-- source: Flink GroupWindowITCase#testEventTimeSlidingWindow (TestData.timestampDataLtz, useTimestampLtz = true, session zone Asia/Shanghai: HOP_ROWTIME is a TIMESTAMP_LTZ shown in Shanghai), restated: the concat_distinct_agg UDF column dropped; a HOP of 5 ms sliding by 4 ms (the size need not be a multiple of the slide for a group window)
-- order: any
CREATE TABLE testTable (
  `ts` BIGINT,
  `int` INT,
  `double` DOUBLE,
  `float` FLOAT,
  `bigdec` DECIMAL(10, 2),
  `string` STRING,
  `name` STRING,
  `rowtime` AS TO_TIMESTAMP_LTZ(`ts`, 3),
  WATERMARK FOR `rowtime` AS `rowtime` - INTERVAL '0.01' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'sql.local-time-zone' = 'Asia/Shanghai';
SELECT
  `string`,
  HOP_START(rowtime, INTERVAL '0.004' SECOND, INTERVAL '0.005' SECOND),
  HOP_ROWTIME(rowtime, INTERVAL '0.004' SECOND, INTERVAL '0.005' SECOND),
  COUNT(1),
  SUM(1),
  COUNT(`int`),
  COUNT(DISTINCT `float`)
FROM testTable
GROUP BY `string`, HOP(rowtime, INTERVAL '0.004' SECOND, INTERVAL '0.005' SECOND);
