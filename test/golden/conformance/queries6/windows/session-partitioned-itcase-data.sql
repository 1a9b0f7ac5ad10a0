-- source: Flink WindowAggregateITCase#testEventTimeSessionWindowWithPartitionBy restated on TestData.windowDataWithTimestamp (SESSION(TABLE T1 PARTITION BY name, DESCRIPTOR(rowtime), gap 5 s)); by hand: a's rows 1,2,3,4,8 and the out-of-order 4 (its session [4, 9) is not late, the merged session [1, 13) has not fired) form one session; b's 7,6 one, 16 and 34 one each; the NULL name its own partition; COUNT(DISTINCT) skips NULL strings
-- order: any
CREATE TABLE T1 (
  `ts` STRING,
  `int` INT,
  `double` DOUBLE,
  `float` FLOAT,
  `bigdec` DECIMAL(10, 2),
  `string` STRING,
  `name` STRING,
  `rowtime` AS TO_TIMESTAMP(`ts`),
  WATERMARK FOR `rowtime` AS `rowtime` - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT `name`, window_start, window_end, window_time, COUNT(*), SUM(`bigdec`), MAX(`double`), MIN(`float`), COUNT(DISTINCT `string`)
FROM TABLE(SESSION(TABLE T1 PARTITION BY `name`, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY `name`, window_start, window_end, window_time;
