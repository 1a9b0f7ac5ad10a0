-- source: Flink FlinkRelMdWindowProperties.getWindowProperties(Union): when every input has the same window spec, the window columns common to all inputs stay window columns, so a GROUP BY window_start, window_end over the UNION ALL is a window aggregation (insert-only) and a UNION (distinct) over them is one too; with different windows the properties are lost and it is an ordinary GroupAggregate; Bid rows of the docs' window pages, by hand; TUMBLE 10 min and TUMBLE 5 min differ, so the GROUP BY is a GroupAggregate: per window key +I then -U/+U per row (GroupAggFunction)
-- pk: window_start,window_end
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS c
FROM (
  SELECT window_start, window_end, item FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))
  UNION ALL
  SELECT window_start, window_end, item FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES))
)
GROUP BY window_start, window_end;
