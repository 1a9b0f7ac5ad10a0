-- source: Flink GroupWindowITCase#testWindowAggregateOnConstantValue (TestData.timestampData; FLINK-17553: a constant next to the group window in GROUP BY)
-- order: any
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
SELECT TUMBLE_END(rowtime, INTERVAL '0.003' SECOND), COUNT(name)
FROM testTable
 GROUP BY 'a', TUMBLE(rowtime, INTERVAL '0.003' SECOND);
