-- source: Flink docs, CURRENT_WATERMARK(rowtime) (only on a rowtime attribute; Flink's input type strategy refuses other arguments); position by hand
-- fail: 4:8 The argument of CURRENT_WATERMARK must be a rowtime attribute
CREATE TABLE t (ts TIMESTAMP(3), x INT, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
SELECT CURRENT_WATERMARK(x) FROM t;
