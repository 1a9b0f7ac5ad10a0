-- source: Flink's window properties pass through Calc (FlinkRelMdWindowProperties), so StreamPhysicalWindowAggregateRule makes a GROUP BY holding window_start and window_end over a subquery / view / CTE of a window TVF a window aggregation: insert-only, one row per window fired by the watermark (docs: Window Aggregation, 'Window TVF aggregation ... emits final results at the end of the window'); Bid rows of the docs' window pages, sums by hand; being insert-only, the window aggregation over the subquery goes into an append-only filesystem sink (Flink refuses only update changes there); rows read back
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE out_t (ws TIMESTAMP(3), we TIMESTAMP(3), c BIGINT)
  WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO out_t
SELECT window_start, window_end, COUNT(*)
FROM (SELECT * FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)) WHERE item <> 'E')
GROUP BY window_start, window_end;
SELECT * FROM out_t;
