-- source: Flink docs, dev/table/sql/queries/window-tvf "Window Offset" (a record at 2021-06-30 00:00:04 in 10-minute tumbling windows with offsets -16, -6, -4, 0, 4, 6, 16 minutes: the windows the page lists; an offset larger than the size is allowed)
-- order: any
CREATE TABLE T (ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT '-16' AS `offset`, window_start, window_end FROM TABLE(TUMBLE(TABLE T, DESCRIPTOR(ts), INTERVAL '10' MINUTES, INTERVAL '-16' MINUTES))
UNION ALL
SELECT '-6' AS `offset`, window_start, window_end FROM TABLE(TUMBLE(TABLE T, DESCRIPTOR(ts), INTERVAL '10' MINUTES, INTERVAL '-6' MINUTES))
UNION ALL
SELECT '-4' AS `offset`, window_start, window_end FROM TABLE(TUMBLE(TABLE T, DESCRIPTOR(ts), INTERVAL '10' MINUTES, INTERVAL '-4' MINUTES))
UNION ALL
SELECT '0' AS `offset`, window_start, window_end FROM TABLE(TUMBLE(TABLE T, DESCRIPTOR(ts), INTERVAL '10' MINUTES, INTERVAL '0' MINUTES))
UNION ALL
SELECT '4' AS `offset`, window_start, window_end FROM TABLE(TUMBLE(TABLE T, DESCRIPTOR(ts), INTERVAL '10' MINUTES, INTERVAL '4' MINUTES))
UNION ALL
SELECT '6' AS `offset`, window_start, window_end FROM TABLE(TUMBLE(TABLE T, DESCRIPTOR(ts), INTERVAL '10' MINUTES, INTERVAL '6' MINUTES))
UNION ALL
SELECT '16' AS `offset`, window_start, window_end FROM TABLE(TUMBLE(TABLE T, DESCRIPTOR(ts), INTERVAL '10' MINUTES, INTERVAL '16' MINUTES));
