-- source: Flink ResolvedSchema of a query: a rowtime column keeps TIMESTAMP(3) *ROWTIME*; TUMBLE window_time TIMESTAMP(3) NOT NULL *ROWTIME*, window_start / window_end TIMESTAMP(3) NOT NULL; COLLECT is MULTISET<INT> NOT NULL printed {1=2}
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, ts FROM t;
SELECT window_start, window_end, window_time, COLLECT(v) AS c FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' HOUR)) GROUP BY window_start, window_end, window_time;
