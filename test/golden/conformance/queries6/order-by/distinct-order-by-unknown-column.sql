-- source: Calcite SqlValidatorImpl (Flink's validator): with SELECT DISTINCT an ORDER BY column no table has fails as an unknown column ("Column 'c' not found in any table") at the ORDER BY item
-- fail: 4:35 Column 'c' not found
CREATE TABLE t (a INT, b STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
SELECT DISTINCT a FROM t ORDER BY c;
