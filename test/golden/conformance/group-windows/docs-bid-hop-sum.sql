-- source: Flink docs (Window Aggregation): the Bid table's hopping SUM(price) (5-minute slide, 10-minute size: 11.00, 15.00, 10.00, 6.00), written as a group window HOP(time, slide, size)
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT HOP_START(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE) AS window_start,
       HOP_END(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE) AS window_end,
       SUM(price) AS price
  FROM Bid
  GROUP BY HOP(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE);
