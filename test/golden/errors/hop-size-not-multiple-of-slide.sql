-- source: Flink window aggregation validation messages (StreamPhysicalWindowAggregate rules)
-- fail: integral multiple of slide
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, COUNT(*) AS c FROM TABLE(HOP(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '3' SECOND, INTERVAL '10' SECOND)) GROUP BY window_start, window_end;
