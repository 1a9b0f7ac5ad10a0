-- source: Calcite SqlParserTest#testTableFunctionTumbleWithSubQueryParam (a parenthesised query as the data argument; Flink's own SQL serialisation of window TVFs writes this form); rows of WindowAggregateITCase; the filter also leaves out the late second 00:00:04 row (its float is NULL), whose fate would depend on when the watermark is emitted; expected by hand: [00:00, 00:00:05) 4 rows sum 10, [00:00:05, 00:00:10) 1 row sum 3
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
SELECT window_start, window_end, COUNT(*) AS cnt, SUM(`int`) AS total
FROM TABLE(
    TUMBLE((SELECT * FROM T1 WHERE `name` = 'a' AND `float` IS NOT NULL), DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY window_start, window_end;
