-- source: Flink's window properties pass through Calc (FlinkRelMdWindowProperties), so StreamPhysicalWindowAggregateRule makes a GROUP BY holding window_start and window_end over a subquery / view / CTE of a window TVF a window aggregation: insert-only, one row per window fired by the watermark (docs: Window Aggregation, 'Window TVF aggregation ... emits final results at the end of the window'); Bid rows of the docs' window pages, sums by hand; CUMULATE 5 / 10 minutes through a WITH query
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
WITH w AS (
  SELECT item, price, window_start, window_end
  FROM TABLE(CUMULATE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES))
)
SELECT window_start, window_end, COUNT(item) AS n, MAX(price) AS top
FROM w
GROUP BY window_start, window_end;
