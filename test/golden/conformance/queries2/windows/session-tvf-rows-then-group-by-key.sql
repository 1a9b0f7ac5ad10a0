-- source: Flink >= 1.19 runs a SESSION window TVF without a window aggregation (FLINK-34100; WindowTableFunctionTest#testSessionTVFWithPartitionKeys; docs window-tvf SESSION) with UnalignedWindowTableFunctionOperator: per partition key, a session's rows are emitted in arrival order when the watermark passes the session end (window_time = end - 1 ms); Bid rows of the docs' window pages, sessions by hand; GROUP BY supplier_id alone is not a window aggregation (no window_start / window_end), so an ordinary GroupAggregate counts the TVF's rows as sessions close: supplier1's [08:05, 08:09) fires at watermark 08:10:59 (after 08:11), supplier2's [08:09, 08:13) and supplier1's [08:13, 08:15) at 08:16:59 (after 08:17), supplier2's [08:17, 08:19) at end of input; GroupAggFunction emission rules
-- pk: supplier_id
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT supplier_id, COUNT(*) AS c
FROM TABLE(SESSION(TABLE Bid PARTITION BY supplier_id, DESCRIPTOR(bidtime), INTERVAL '2' MINUTES))
GROUP BY supplier_id;
