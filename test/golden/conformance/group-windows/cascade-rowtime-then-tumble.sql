-- source: Flink GroupWindowTest#testMultiWindowSqlWithAggregation (TUMBLE_ROWTIME of a 2 ms window as the time attribute of a 4 ms window, selected again with TUMBLE_ROWTIME / TUMBLE_END), over TestData.timestampData; by hand: the inner rows carry rowtimes .001 .003 .005 .007 .009 .017 .033
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
SELECT
  TUMBLE_ROWTIME(zzzzz, INTERVAL '0.004' SECOND),
  TUMBLE_END(zzzzz, INTERVAL '0.004' SECOND),
  COUNT(`a`) AS `a`
FROM (
  SELECT
    COUNT(`int`) AS `a`,
    TUMBLE_ROWTIME(rowtime, INTERVAL '0.002' SECOND) AS `zzzzz`
  FROM testTable
  GROUP BY TUMBLE(rowtime, INTERVAL '0.002' SECOND)
)
GROUP BY TUMBLE(zzzzz, INTERVAL '0.004' SECOND);
