-- source: Flink GroupWindowITCase#testMinMaxWithTumblingWindow (TestData.timestampData), restated without its early-fire settings (they change when, not what, the retract sink ends with): the final table
-- order: final
-- pk: string
CREATE TABLE testTable (
  `ts` STRING,
  `int` INT,
  `double` DOUBLE,
  `float` FLOAT,
  `bigdec` DECIMAL(10, 2),
  `string` STRING,
  `name` STRING,
  `rowtime` AS TO_TIMESTAMP(`ts`),
  WATERMARK FOR `rowtime` AS `rowtime` - INTERVAL '0.01' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
 MAX(max_ts),
 MIN(min_ts),
 `string`
FROM(
 SELECT
 `string`,
 `int`,
 MAX(rowtime) as max_ts,
 MIN(rowtime) as min_ts
 FROM testTable
 GROUP BY `string`, `int`, TUMBLE(rowtime, INTERVAL '10' SECOND))
GROUP BY `string`;
