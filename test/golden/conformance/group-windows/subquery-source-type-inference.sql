-- source: Flink GroupWindowTest#testReturnTypeInferenceForWindowAgg (SUM/AVG of a CASE over a subquery that keeps the time attribute), over the docs' Bid table; by hand: AVG(INT) is INT (199 / 3 = 66)
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  SUM(correct) AS s,
  AVG(correct) AS a,
  TUMBLE_START(bidtime, INTERVAL '10' MINUTE) AS wStart
FROM (
  SELECT CASE item
      WHEN 'A' THEN 1
      ELSE 99
    END AS correct, bidtime
  FROM Bid
)
GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);
