-- source: Flink docs (CURRENT_WATERMARK: NULL before the first watermark, else the watermark, which in-order rows are never behind); by hand
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT item, CURRENT_WATERMARK(bidtime) IS NULL OR CURRENT_WATERMARK(bidtime) < bidtime AS on_time, TYPEOF(CURRENT_WATERMARK(bidtime)) AS wm_type FROM Bid;
