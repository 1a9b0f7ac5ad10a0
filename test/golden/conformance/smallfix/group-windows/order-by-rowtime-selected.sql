-- source: Flink docs, queries/orderby (sorted on an ascending time attribute) with Calcite's validator (an ORDER BY expression equal to a select item sorts by that item); HOP_ROWTIME is a rowtime attribute (docs, Group Window Aggregation); the docs' Bid data, 10-minute windows every 5 minutes, sums by hand
-- order: strict
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT HOP_ROWTIME(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE) AS wr, COUNT(*) AS c
FROM Bid
GROUP BY HOP(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE)
ORDER BY HOP_ROWTIME(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE) ASC;
