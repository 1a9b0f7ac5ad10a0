-- source: Flink >= 1.19 SESSION window TVF rows (UnalignedWindowTableFunctionOperator, insert-only), so an append-only filesystem sink takes them; sessions per supplier (gap 2 min) by hand, rows read back
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE out_t (item STRING, supplier_id STRING, ws TIMESTAMP(3), we TIMESTAMP(3))
  WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO out_t
SELECT item, supplier_id, window_start, window_end
FROM TABLE(SESSION(TABLE Bid PARTITION BY supplier_id, DESCRIPTOR(bidtime), INTERVAL '2' MINUTES));
SELECT * FROM out_t;
