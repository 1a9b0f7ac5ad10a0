-- source: Confluent Cloud has no processing time (Eddy follows Confluent): a group window on a PROCTIME() attribute is refused
-- fail: 11:42 processing-time attribute is not supported
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM Bid GROUP BY TUMBLE(pt, INTERVAL '10' MINUTE);
