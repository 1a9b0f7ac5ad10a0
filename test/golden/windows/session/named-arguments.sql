-- source: Flink docs, Window TVF / Window Aggregation pages (Bid example data and results)
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, supplier_id, COUNT(*) AS cnt
  FROM TABLE(SESSION(DATA => TABLE Bid PARTITION BY supplier_id, TIMECOL => DESCRIPTOR(bidtime), GAP => INTERVAL '2' MINUTES))
  GROUP BY window_start, window_end, supplier_id;
