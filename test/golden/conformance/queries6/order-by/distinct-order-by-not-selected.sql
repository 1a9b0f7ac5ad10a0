-- source: Calcite SqlValidatorImpl (Flink's validator): with SELECT DISTINCT an ORDER BY column of the FROM clause that the select list lacks fails notSelectDistinctExpr "Expression 'b' is not in the select clause" at the ORDER BY item
-- fail: 4:35 Expression 'b' is not in the select clause
CREATE TABLE t (a INT, b STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
SELECT DISTINCT a FROM t ORDER BY b;
