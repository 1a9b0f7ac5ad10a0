-- source: Flink JsonParserToRowDataConverters#convertToTime (SQL_TIME_FORMAT, millis of day = toNanoOfDay / 1e6) vs JsonToRowDataConverters (toSecondOfDay * 1000 when json.decode.json-parser.enabled = false); by hand
-- order: strict
CREATE TABLE t (tm TIME(0)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT tm, CAST(tm AS STRING) AS s FROM t;
