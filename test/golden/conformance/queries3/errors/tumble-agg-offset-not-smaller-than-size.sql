-- source: Flink SliceAssigners.TumblingSliceAssigner (window aggregation): 'Tumbling Window parameters must satisfy abs(offset) < size, bot got size %dms and offset %dms.' (SliceAssignerTest#testInvalidParameters, Flink's own 'bot'); an IllegalArgumentException, no position
-- fail: Tumbling Window parameters must satisfy abs(offset) < size, bot got size 10000ms and offset 20000ms.
CREATE TABLE t (a INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, COUNT(*) AS c FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' SECOND, INTERVAL '20' SECOND)) GROUP BY window_start, window_end;
