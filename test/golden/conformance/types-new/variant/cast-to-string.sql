-- source: Flink 2.3 VariantToStringCastRule: a STRING variant unquoted, anything else its JSON text (BinaryVariant#toJson: keys sorted, compact, decimals stripped)
SELECT CAST(PARSE_JSON('"abc"') AS STRING) AS s1, CAST(PARSE_JSON('{"b":[1,2.50],"a":null}') AS STRING) AS s2;
