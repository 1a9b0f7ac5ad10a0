-- source: Flink FlinkRelMdWindowProperties.getWindowProperties(Correlate): an UNNEST joined to a window TVF keeps the TVF's window columns, so GROUP BY window_start, window_end is a window aggregation (each bid counted once per array element); by hand
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS c, SUM(x) AS sx
FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))
CROSS JOIN UNNEST(ARRAY[1, 2]) AS u(x)
GROUP BY window_start, window_end;
