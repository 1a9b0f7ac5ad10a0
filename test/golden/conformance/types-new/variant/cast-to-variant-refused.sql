-- source: Flink 2.3 LogicalTypeCasts: nothing casts to VARIANT (PrimitiveToVariantCastRule, PR #29311, and ToVariantCastRule, FLINK-40826 of 2026-10-05, came after the 2.3.0 release); values enter a VARIANT through PARSE_JSON
-- fail: 3:8 Cast function cannot convert value of type INTEGER to type VARIANT
SELECT CAST(1 AS VARIANT) AS v;
