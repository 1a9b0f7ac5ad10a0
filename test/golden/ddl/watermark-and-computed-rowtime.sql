-- source: Flink docs (CREATE TABLE: WATERMARK on a computed column); by hand
-- order: any
CREATE TABLE t (
  ms BIGINT,
  ts AS TO_TIMESTAMP(FROM_UNIXTIME(ms / 1000)),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;
