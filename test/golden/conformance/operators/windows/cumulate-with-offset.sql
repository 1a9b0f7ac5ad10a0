-- source: Flink docs, dev/table/sql/queries/window-tvf (CUMULATE(data, timecol, step, size [, offset]): each max window starts at offset + k * size, empty steps emit nothing) on the docs' Bid data; sums by hand
-- order: any
CREATE TABLE Bid (bidtime TIMESTAMP(3), price DECIMAL(10, 2), item STRING, supplier_id STRING, WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, SUM(price) AS total
  FROM TABLE(CUMULATE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '2' MINUTES, INTERVAL '10' MINUTES, INTERVAL '1' MINUTES))
  GROUP BY window_start, window_end;
