-- source: Calcite arithmetic with an untyped NULL operand: the NULL takes the other operand's type (InferTypes.FIRST_KNOWN) and the result type is the least restrictive of the operands, nullable when any is (ReturnTypes.NULLABLE_SUM / DECIMAL_PRODUCT_NULLABLE / ARG1_NULLABLE for MOD): NULL + 1 is INT (nullable) and NULL, NULL * DECIMAL(3, 1) DECIMAL(7, 2) by findMultiplicationDecimalType; a NOT NULL type can never hold the NULL
SELECT NULL + 1 AS c0,
       1 - NULL AS c1,
       NULL * CAST(2 AS DECIMAL(3, 1)) AS c2,
       MOD(NULL, 3) AS c3,
       CAST(2 AS BIGINT) / NULL AS c4,
       1 + 1 AS c5;
