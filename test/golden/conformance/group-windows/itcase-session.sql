-- source: Flink GroupWindowITCase#testEventTimeSessionWindow, restated: the stream's rowtime (its first field, watermark offset 10 ms) as a string column; rows out of order so that 4 merges two sessions
-- order: any
CREATE TABLE T1 (
  `ts` STRING,
  `int` INT,
  `string` STRING,
  `name` STRING,
  `rowtime` AS TO_TIMESTAMP(`ts`),
  WATERMARK FOR `rowtime` AS `rowtime` - INTERVAL '0.01' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  `string`,
  SESSION_START(rowtime, INTERVAL '0.005' SECOND),
  SESSION_ROWTIME(rowtime, INTERVAL '0.005' SECOND),
  COUNT(1),
  SUM(1),
  COUNT(`int`),
  SUM(`int`),
  COUNT(DISTINCT name)
FROM T1
GROUP BY `string`, SESSION(rowtime, INTERVAL '0.005' SECOND);
