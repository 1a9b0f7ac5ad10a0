-- source: Flink docs, dev/table/sql/queries/window-tvf (HOP(data, timecol, slide, size [, offset]): windows start at offset + k * slide) on the docs' Bid data; sums by hand
-- order: any
CREATE TABLE Bid (bidtime TIMESTAMP(3), price DECIMAL(10, 2), item STRING, supplier_id STRING, WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, SUM(price) AS total
  FROM TABLE(HOP(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES, INTERVAL '1' MINUTES))
  GROUP BY window_start, window_end;
