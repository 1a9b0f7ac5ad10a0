-- source: Flink >= 1.19 runs a SESSION window TVF without a window aggregation (FLINK-34100; WindowTableFunctionTest#testSessionTVFWithPartitionKeys; docs window-tvf SESSION) with UnalignedWindowTableFunctionOperator: per partition key, a session's rows are emitted in arrival order when the watermark passes the session end (window_time = end - 1 ms); Bid rows of the docs' window pages, sessions by hand; named arguments as in the docs (DATA => TABLE … PARTITION BY …, TIMECOL => DESCRIPTOR(…), GAP => …); gap 5 min: supplier1 08:05, 08:07 → [08:05, 08:12), 08:13 → [08:13, 08:18); supplier2 08:09, 08:11 → [08:09, 08:16), 08:17 → [08:17, 08:22)
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT item, supplier_id, window_start, window_end
FROM TABLE(SESSION(
  DATA => TABLE Bid PARTITION BY supplier_id,
  TIMECOL => DESCRIPTOR(bidtime),
  GAP => INTERVAL '5' MINUTES));
