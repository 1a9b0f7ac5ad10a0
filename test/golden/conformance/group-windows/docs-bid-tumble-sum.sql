-- source: Flink docs (Window Aggregation): the Bid table and its 10-minute tumbling SUM(price) (08:00-08:10 11.00, 08:10-08:20 10.00), written as a group window
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TUMBLE_START(bidtime, INTERVAL '10' MINUTE), TUMBLE_END(bidtime, INTERVAL '10' MINUTE), SUM(price)
  FROM Bid
  GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);
