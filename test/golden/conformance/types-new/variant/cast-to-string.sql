-- source: Flink 2.3 VariantToStringCastRule (FLIP-521 version: target STRING_TYPE, value variant.toString() = BinaryVariant#toJson: keys sorted, compact, decimals stripped, a string scalar quoted); later Flink (FLINK-37925, 2026-08-24) extracts scalars unquoted, not in 2.3
SELECT CAST(PARSE_JSON('"abc"') AS STRING) AS s1, CAST(PARSE_JSON('{"b":[1,2.50],"a":null}') AS STRING) AS s2;
