-- source: Flink docs (EXPLAIN CHANGELOG_MODE): a group window aggregation is insert-only; Eddy plans it as the window TVF aggregation (WindowTableFunction + WindowAggregate)
-- match: contains
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
EXPLAIN CHANGELOG_MODE SELECT TUMBLE_START(bidtime, INTERVAL '10' MINUTE), SUM(price)
  FROM Bid
  GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);
