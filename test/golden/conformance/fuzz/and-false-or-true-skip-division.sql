-- source: Calcite RexSimplify (Flink's ReduceExpressionsRule on Calc / Filter / Project): an AND with a FALSE operand is FALSE and an OR with a TRUE operand is TRUE whatever the other operands are (simplifyOrs, simplifyAnd2); in a WHERE (simplifyAnd2ForUnknownAsFalse) a conjunction with a NULL operand is FALSE. So i0 / i0 is never evaluated and the row with i0 = 0 raises no division by zero (found by the three-valued-logic fuzz sweep: "Division by zero in expression i0 / i0" before)
CREATE TEMPORARY VIEW t0 AS SELECT * FROM (VALUES (0, 0), (1, 1)) AS v(id, i0);
SELECT id, i0 / i0 > 0 OR TRUE AS t, i0 / i0 > 0 AND FALSE AS f FROM t0 WHERE i0 / i0 > 0 OR TRUE;
SELECT id FROM t0 WHERE i0 / i0 > 0 AND (id >= 0 AND CAST(NULL AS BOOLEAN));
