-- source: Flink >= 1.19 runs a SESSION window TVF without a window aggregation (FLINK-34100; WindowTableFunctionTest#testSessionTVFWithPartitionKeys; docs window-tvf SESSION) with UnalignedWindowTableFunctionOperator: per partition key, a session's rows are emitted in arrival order when the watermark passes the session end (window_time = end - 1 ms); Bid rows of the docs' window pages, sessions by hand; without PARTITION BY one session spans every supplier (gap 3 min: 08:05 .. 08:13 + 3 = 08:16, then 08:17 .. 08:20); the WHERE reads window_end, so it stays after the TVF
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT item, window_start, window_end
FROM TABLE(SESSION(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '3' MINUTES))
WHERE window_end > TIMESTAMP '2020-04-15 08:16:00';
