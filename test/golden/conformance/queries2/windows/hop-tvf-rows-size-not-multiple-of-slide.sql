-- source: Flink: only the window aggregation needs size % slide == 0 (SliceAssigners, 'HOP table function based aggregate requires ...'); the HOP TVF alone uses SlidingWindowAssigner (windows from the last start down while start > ts - size), so a 4-minute slide of 10-minute windows gives each row 3 windows; by hand from the docs' Bid rows
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT item, window_start, window_end
FROM TABLE(HOP(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '4' MINUTES, INTERVAL '10' MINUTES))
WHERE item IN ('C', 'F');
