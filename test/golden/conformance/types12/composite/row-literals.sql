-- source: Flink RowTypeTest testRowLiteral (values as CAST(x AS STRING)); ROW(...) fields are named EXPR$0, EXPR$1, ... (Calcite SqlRowOperator)
SELECT ROW(1, 'foo', true) AS c0,
       ROW(DATE '1985-04-11', TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16', CAST(0.1 AS DECIMAL(2, 1)), ARRAY[1, 2, 3], MAP['foo', 'bar'], row(1, true)) AS c1,
       ROW(TIMESTAMP '1985-04-11 14:15:16.123456', CAST(0.1 AS DECIMAL(2, 1))) AS c2,
       ROW(1 + 1, 2 * 3, NULLIF(1, 1)) AS c3,
       (1, 'foo', true) AS c4;
