-- source: Flink streaming ORDER BY: only an ascending time attribute first (StreamPhysicalTemporalSortRule); a descending one is a non-temporal sort: 'Sort on a non-time-attribute field is not supported.'
-- fail: Sort on a non-time-attribute field is not supported.
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT item, price FROM Bid ORDER BY bidtime DESC;
