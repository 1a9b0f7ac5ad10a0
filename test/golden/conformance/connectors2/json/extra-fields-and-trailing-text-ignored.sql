-- source: Flink JsonParserRowDataDeserializationSchema / JsonParserToRowDataConverters#createRowConverter (unknown fields skipped; the parser reads the first object of the record only); by hand
-- order: strict
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b FROM t;
