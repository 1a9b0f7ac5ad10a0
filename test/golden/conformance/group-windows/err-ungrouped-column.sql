-- source: Calcite: a column neither grouped nor aggregated next to a group window
-- fail: 11:8 Expression 'item' is not being grouped
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT item, COUNT(*) FROM Bid GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);
