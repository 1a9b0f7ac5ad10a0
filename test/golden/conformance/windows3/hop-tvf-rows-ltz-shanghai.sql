-- source: Flink docs, Timezone page (window TVFs on a TIMESTAMP_LTZ rowtime: window_start / window_end TIMESTAMP(3) wall times of the session zone, window_time TIMESTAMP_LTZ(3) *ROWTIME*; the page's epochs 1618495260000 and 1618495860000, 22:01 and 22:11 in Asia/Shanghai) and SqlWindowTableFunction / SlidingWindowAssigner (HOP TVF rows, the latest window first); by hand
-- order: strict
SET 'sql.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TABLE(HOP(TABLE t, DESCRIPTOR(ts), INTERVAL '5' MINUTE, INTERVAL '10' MINUTE));
