-- source: Flink LogicalTypeMerging.findMultiplicationDecimalType (p1 + p2 + 1, s1 + s2) / findAdditionDecimalType on literal operands typed as Calcite SqlLiteral.createExactNumeric does (0.908 is DECIMAL(4, 3): the nexmark q1 sink declares 0.908 * BIGINT as DECIMAL(23, 3), p1 + p2 in the Flink of then); values by hand
SELECT 0.908 * CAST(100 AS BIGINT) AS c0,
       0.5 + 0.25 AS c1,
       .5 * .5 AS c2,
       0.1 * 3 AS c3,
       ARRAY[0.12, 0.5, 0.99] AS c4,
       CASE WHEN 1 = 1 THEN 0.5 ELSE 10.25 END AS c5;
