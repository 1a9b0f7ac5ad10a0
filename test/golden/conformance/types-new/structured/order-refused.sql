-- source: Flink StructuredType's default StructuredComparison.EQUALS (FLIP-520: equality only, no order), so '<' between structured values is refused at validation (decided: Calcite's 'Cannot apply' wording)
-- fail: 3:8 Cannot apply '<'
SELECT OBJECT_OF('com.example.T', 'a', 1) < OBJECT_OF('com.example.T', 'a', 2) AS lt;
