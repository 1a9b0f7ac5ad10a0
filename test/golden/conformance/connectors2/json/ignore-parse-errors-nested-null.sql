-- source: Flink JsonRowDataSerDeSchemaTest#testJsonParse (flink-formats/flink-json), JsonParserToRowDataConverters; by hand
-- order: strict
CREATE TABLE t (
  id BOOLEAN,
  arr ARRAY<INT>,
  m MAP<STRING, INT>,
  r ROW<x BOOLEAN, y INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'json.ignore-parse-errors' = 'true');
SELECT id, arr, m, r FROM t;
