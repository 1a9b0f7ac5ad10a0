-- source: Flink: window_time of a window aggregation is a rowtime attribute (SqlWindowTableFunction, FlinkRelMdWindowProperties), so ORDER BY window_time is a temporal sort (StreamPhysicalTemporalSortRule), emitted as the watermark passes; one row per 5-minute window of the docs' Bid rows, sums by hand
-- order: strict
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, window_time, SUM(price) AS s
FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES))
GROUP BY window_start, window_end, window_time
ORDER BY window_time;
