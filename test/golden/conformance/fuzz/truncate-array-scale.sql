-- source: Flink FlinkSqlOperatorTable.TRUNCATE / ROUND (OperandTypes.or(NUMERIC_INTEGER, NUMERIC)): the scale must be an integer: "Cannot apply 'TRUNCATE' to arguments of type 'TRUNCATE(<BIGINT>, <INTEGER ARRAY>)'…" (found by the SQL fuzz test: "The number NaN cannot be converted to a BigInt" before)
-- fail: 4:11 Cannot apply 'TRUNCATE'
CREATE TEMPORARY VIEW t AS SELECT * FROM (VALUES (CAST(5 AS BIGINT))) AS v(c);
SELECT c, TRUNCATE(c, ARRAY[1, 2, 3]) AS x FROM t;
