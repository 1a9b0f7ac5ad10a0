-- source: Flink's window aggregate keys its state by the GROUP BY columns as BinaryRowData (BinaryRowWriter.writeDouble: raw bits), so -0.0 and 0.0 are two keys of one window; TUMBLE per Flink's window TVF docs; by hand
-- order: any
CREATE TABLE t (
  ts STRING,
  d DOUBLE,
  rowtime AS TO_TIMESTAMP(ts),
  WATERMARK FOR rowtime AS rowtime
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT d, window_start, COUNT(*) AS c
FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(rowtime), INTERVAL '10' SECOND))
GROUP BY d, window_start, window_end;
