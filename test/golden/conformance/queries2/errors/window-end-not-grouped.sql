-- source: Calcite SqlValidatorImpl (RESOURCE.notGroupExpr): a window aggregation groups by window_start and window_end; selecting window_end grouped only by window_start fails at the select item
-- fail: 10:22 Expression 'window_end' is not being grouped
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, SUM(price) AS total
FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))
GROUP BY window_start;
