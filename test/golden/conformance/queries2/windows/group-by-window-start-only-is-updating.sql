-- source: Flink StreamPhysicalWindowAggregateRule needs both window_start and window_end in the grouping (WindowUtil.groupingContainsWindowStartEnd); without window_end it is a regular GroupAggregate over the materialised TVF, whose changelog follows GroupAggFunction (+I, then -U/+U per row); by hand
-- pk: window_start
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
WITH t AS (SELECT * FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)))
SELECT window_start, COUNT(*) AS c
FROM t
GROUP BY window_start;
