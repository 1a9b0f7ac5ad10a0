-- source: Flink >= 1.19 runs a SESSION window TVF without a window aggregation (FLINK-34100; WindowTableFunctionTest#testSessionTVFWithPartitionKeys; docs window-tvf SESSION) with UnalignedWindowTableFunctionOperator: per partition key, a session's rows are emitted in arrival order when the watermark passes the session end (window_time = end - 1 ms); Bid rows of the docs' window pages, sessions by hand; column types as the TUMBLE TVF cases print them
-- order: any
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TABLE(
  SESSION(TABLE Bid PARTITION BY supplier_id, DESCRIPTOR(bidtime), INTERVAL '2' MINUTES));
