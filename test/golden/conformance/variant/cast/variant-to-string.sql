-- source: Flink 2.3's VariantToStringCastRule (FLIP-521: input VARIANT, target STRING, value variant.toString() = BinaryVariant#toJson, so a string scalar keeps its quotes; the unquoted extraction is FLINK-37925's 2c629d77610 of 2026-08-24, after 2.3.0; see src/types/README.md VARIANT); TYPEOF prints the type as DESCRIBE does
-- order: strict
CREATE TABLE t (id INT, j STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, CAST(PARSE_JSON(j) AS STRING) AS s, TYPEOF(PARSE_JSON(j)) AS ty FROM t;
