-- source: Flink JsonRowDataSerDeSchemaTest#testJsonParse (flink-formats/flink-json), JsonToRowDataConverters#convertToString (json.decode.json-parser.enabled = false: JsonNode tree, DoubleNode printed by Double.toString); by hand
-- order: strict
CREATE TABLE t (id STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'json.decode.json-parser.enabled' = 'false');
SELECT id FROM t;
