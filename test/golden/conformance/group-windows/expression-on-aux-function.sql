-- source: Flink GroupWindowTest#testExpressionOnWindowAuxFunction (TUMBLE_END(...) + INTERVAL '1' MINUTE), over the docs' Bid table; by hand
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*),
    TUMBLE_END(bidtime, INTERVAL '10' MINUTE) + INTERVAL '1' MINUTE
FROM Bid
    GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);
