-- source: Flink window aggregation with BITMAP_BUILD_AGG (FLINK-39187 adds it to WindowAggregateITCase); by hand: rows per 10-second tumbling window, NULL skipped, values unsigned
-- order: any
CREATE TABLE t (v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, BITMAP_TO_STRING(BITMAP_BUILD_AGG(v)) AS b, BITMAP_BUILD_CARDINALITY_AGG(v) AS c FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end;
