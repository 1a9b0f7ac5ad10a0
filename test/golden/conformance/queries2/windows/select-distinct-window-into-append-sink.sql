-- source: Calcite turns SELECT DISTINCT into an Aggregate grouped by every column; with window_start and window_end among them Flink's StreamPhysicalWindowAggregateRule plans a window aggregation (insert-only: WindowAggregate's changelog mode [I]); Bid rows of the docs' window pages, by hand; an append-only filesystem sink accepts it (Flink refuses only update changes), then the rows are read back
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE out_t (supplier_id STRING, ws TIMESTAMP(3), we TIMESTAMP(3))
  WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO out_t
SELECT DISTINCT supplier_id, window_start, window_end
FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES));
SELECT * FROM out_t;
