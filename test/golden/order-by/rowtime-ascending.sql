-- source: Flink docs (ORDER BY: streaming queries must sort on an ascending time attribute first); rows late for the watermark are avoided so the order is deterministic; by hand
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT item, CAST(bidtime AS STRING) AS t FROM Bid ORDER BY bidtime;
