-- source: Flink DecimalDataUtils.divide is BigDecimal#divide(divisor, MathContext.DECIMAL128), which throws ArithmeticException "Division undefined" for 0 / 0 (and "Division by zero" for x / 0): the statement fails
-- fail: 4:8 Division undefined
CREATE TEMPORARY VIEW v AS SELECT CAST(0 AS DECIMAL(10, 2)) AS a, CAST(0 AS DECIMAL(10, 2)) AS b;
SELECT a / b AS q FROM v;
