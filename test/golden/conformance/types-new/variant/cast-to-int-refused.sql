-- source: Flink 2.3 LogicalTypeCasts: VARIANT casts only to CHAR / VARCHAR (VariantToStringCastRule); VARIANT → primitive types (FLINK-37925, commit 76e7898e484 of 2026-07-15) came after the 2.3.0 release of 2026-06-25, so CAST(v AS INT) fails validation with the planner's "Cast function cannot convert value of type VARIANT to type INT"
-- fail: 3:8 Cast function cannot convert value of type VARIANT to type INTEGER
SELECT CAST(PARSE_JSON('1') AS INT) AS i;
