-- source: Flink docs, dev/table/sql/queries/window-tvf (named parameters DATA, TIMECOL, SIZE, OFFSET; OFFSET quoted as it is a reserved word) on the docs' Bid data; sums by hand
-- order: any
CREATE TABLE Bid (bidtime TIMESTAMP(3), price DECIMAL(10, 2), item STRING, supplier_id STRING, WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, SUM(price) AS total
  FROM TABLE(TUMBLE(DATA => TABLE Bid, TIMECOL => DESCRIPTOR(bidtime), SIZE => INTERVAL '10' MINUTES, `OFFSET` => INTERVAL '1' MINUTES))
  GROUP BY window_start, window_end;
