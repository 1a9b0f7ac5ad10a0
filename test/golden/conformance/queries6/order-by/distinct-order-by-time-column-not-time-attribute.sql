-- source: Flink StreamPhysicalSortRule / docs ORDER BY page (a streaming ORDER BY must start with an ascending time attribute): SELECT DISTINCT is a group aggregation, so its ts is no longer a time attribute and the sort fails "Sort on a non-time-attribute field is not supported."
-- fail: 4:39 Sort on a non-time-attribute field is not supported.
CREATE TABLE t (a INT, b STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
SELECT DISTINCT a, ts FROM t ORDER BY ts;
