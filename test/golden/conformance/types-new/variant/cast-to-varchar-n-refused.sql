-- source: Flink 2.3 VariantToStringCastRule matches only the STRING target (CastRulePredicate target(VarCharType.STRING_TYPE)); CAST / TRY_CAST of a VARIANT to VARCHAR(n) / CHAR(n) came with FLINK-37925 after 2.3.0 (decided: refused at validation, see src/types/README.md VARIANT)
-- fail: 3:8 Cast function cannot convert value of type VARIANT to type VARCHAR(3)
SELECT CAST(PARSE_JSON('"abc"') AS VARCHAR(3)) AS s;
