-- source: Calcite turns SELECT DISTINCT into an Aggregate grouped by every column; with window_start and window_end among them Flink's StreamPhysicalWindowAggregateRule plans a window aggregation (insert-only: WindowAggregate's changelog mode [I]); Bid rows of the docs' window pages, by hand; the DISTINCT keeps window_time, so the outer GROUP BY window_start, window_end is a window aggregation again (cascading, WindowDistinctAggregateITCase-like count of distinct suppliers per HOP window)
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS suppliers
FROM (
  SELECT DISTINCT window_start, window_end, window_time, supplier_id
  FROM TABLE(HOP(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES))
)
GROUP BY window_start, window_end;
