-- source: docs/content/docs/dev/table/sql/queries/window-tvf.md (Window Offset: a record at 2021-06-30 00:00:04 in a 10 MINUTE tumbling window goes to [23:54, 00:04) with offset -16, -6 or 4 minutes, [23:56, 00:06) with -4, 6 or 16, and [00:00, 00:10) with 0); window_start / window_end are TIMESTAMP(3) NOT NULL; Confluent's copy of this list (record at 00:00:00) gives windows that do not hold the record and is not followed
CREATE TABLE t (ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' MINUTE, INTERVAL '-16' MINUTE));
SELECT window_start, window_end FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' MINUTE, INTERVAL '-6' MINUTE));
SELECT window_start, window_end FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' MINUTE, INTERVAL '-4' MINUTE));
SELECT window_start, window_end FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' MINUTE, INTERVAL '0' MINUTE));
SELECT window_start, window_end FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' MINUTE, INTERVAL '4' MINUTE));
SELECT window_start, window_end FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' MINUTE, INTERVAL '6' MINUTE));
SELECT window_start, window_end FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' MINUTE, INTERVAL '16' MINUTE));
