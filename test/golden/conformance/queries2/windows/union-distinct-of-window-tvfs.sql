-- source: Flink FlinkRelMdWindowProperties.getWindowProperties(Union): when every input has the same window spec, the window columns common to all inputs stay window columns, so a GROUP BY window_start, window_end over the UNION ALL is a window aggregation (insert-only) and a UNION (distinct) over them is one too; with different windows the properties are lost and it is an ordinary GroupAggregate; Bid rows of the docs' window pages, by hand
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, supplier_id
FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)) WHERE price > 3
UNION
SELECT window_start, window_end, supplier_id
FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)) WHERE price <= 3;
