-- source: Flink DecimalDataUtils.mod is BigDecimal#remainder, which divides and throws ArithmeticException "Division by zero" (not the integer "/ by zero") for a DECIMAL remainder by zero
-- fail: 4:8 java.lang.ArithmeticException: Division by zero
CREATE TEMPORARY VIEW v AS SELECT CAST(5.5 AS DECIMAL(3, 1)) AS a, CAST(0 AS DECIMAL(3, 1)) AS b;
SELECT MOD(a, b) AS r FROM v;
