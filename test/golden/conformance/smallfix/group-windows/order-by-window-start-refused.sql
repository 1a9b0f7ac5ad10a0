-- source: Flink docs, queries/orderby and StreamPhysicalSortRule / StreamPhysicalTemporalSortRule ("Sort on a non-time-attribute field is not supported."): TUMBLE_START is no time attribute, so sorting a streaming query on it is refused
-- fail: 13:10 Sort on a non-time-attribute field is not supported.
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TUMBLE_START(bidtime, INTERVAL '10' MINUTE) AS ws, SUM(price) AS s
FROM Bid
GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE)
ORDER BY TUMBLE_START(bidtime, INTERVAL '10' MINUTE);
