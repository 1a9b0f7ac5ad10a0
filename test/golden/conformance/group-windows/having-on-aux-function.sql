-- source: Flink GroupWindowTest#testExpressionOnWindowHavingFunction (HAVING on an aggregate and on HOP_START), over the docs' Bid table; by hand from the docs' hopping sums (11.00, 15.00, 10.00, 6.00)
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*),
    HOP_START(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE)
 FROM Bid
     GROUP BY HOP(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE)
     HAVING SUM(price) > 9 AND
         QUARTER(HOP_START(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE)) = 2 AND
         MINUTE(HOP_START(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE)) <> 10;
