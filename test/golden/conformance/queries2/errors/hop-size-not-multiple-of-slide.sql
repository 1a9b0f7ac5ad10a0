-- source: Flink WindowUtil (HOP window TVF aggregation): 'HOP table function based aggregate requires size must be an integral multiple of slide, but got size 600000 ms and slide 240000 ms' (no final period; TableException from the slicing window operator's SliceAssigners, no position)
-- fail: HOP table function based aggregate requires size must be an integral multiple of slide, but got size 600000 ms and slide 240000 ms
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, SUM(price) AS total
FROM TABLE(HOP(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '4' MINUTES, INTERVAL '10' MINUTES))
GROUP BY window_start, window_end;
