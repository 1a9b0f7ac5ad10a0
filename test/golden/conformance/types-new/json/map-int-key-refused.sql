-- source: Flink JsonParserToRowDataConverters#createMapConverter (json.decode.json-parser.enabled, the default) and JsonToRowDataConverters / RowDataToJsonConverters: a MAP key that is not a character string throws UnsupportedOperationException "JSON format doesn't support non-string as key type of map. The type is: " + the map type's asSummaryString, when the converter is built
-- fail: JSON format doesn't support non-string as key type of map. The type is: MAP<INT, STRING>
CREATE TABLE t (id INT, m MAP<INT, STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, m[1] AS v FROM t;
