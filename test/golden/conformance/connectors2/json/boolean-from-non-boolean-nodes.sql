-- source: Flink JsonParserToRowDataConverters#convertToBoolean (true/false tokens, else Boolean.parseBoolean of the trimmed text) and JsonRowDataSerDeSchemaTest ("trueA" is false); by hand
-- order: strict
CREATE TABLE t (b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b FROM t;
