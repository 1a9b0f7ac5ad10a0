-- source: Flink docs (Group Window Aggregation: GROUP BY with a group window and other keys; WHERE filters rows before they reach a window), over a view of the docs' Bid table read through an alias; by hand
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW cheap_bids AS SELECT * FROM Bid WHERE price < 5;
SELECT b.supplier_id,
       SESSION_START(b.bidtime, INTERVAL '3' MINUTE) AS s,
       SESSION_END(bidtime, INTERVAL '3' MINUTE) AS e,
       COUNT(*) AS cnt,
       SUM(b.price) AS total
FROM cheap_bids AS b
WHERE b.item <> 'B'
GROUP BY SESSION(b.bidtime, INTERVAL '3' MINUTE), b.supplier_id;
