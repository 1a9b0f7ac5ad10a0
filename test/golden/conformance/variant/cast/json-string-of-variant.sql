-- source: Flink VariantToStringCastRule javadoc ("Use JSON_STRING for the JSON representation of a scalar": JSON_STRING of a VARIANT is BinaryVariant.toJson, a string scalar stays quoted) and BinaryVariant.toJson (sorted keys, stripped decimals)
-- order: strict
CREATE TABLE t (id INT, j STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, JSON_STRING(PARSE_JSON(j)) AS js FROM t;
