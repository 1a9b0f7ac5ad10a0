-- source: Flink's window properties pass through Calc (FlinkRelMdWindowProperties), so StreamPhysicalWindowAggregateRule makes a GROUP BY holding window_start and window_end over a subquery / view / CTE of a window TVF a window aggregation: insert-only, one row per window fired by the watermark (docs: Window Aggregation, 'Window TVF aggregation ... emits final results at the end of the window'); Bid rows of the docs' window pages, sums by hand; the view renames window_start / window_end and the WHERE drops the 6.00 bid
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v AS
SELECT supplier_id, price, window_start AS ws, window_end AS we
FROM TABLE(HOP(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES));
SELECT ws, we, supplier_id, SUM(price) AS total
FROM v
WHERE price < 6
GROUP BY supplier_id, ws, we;
