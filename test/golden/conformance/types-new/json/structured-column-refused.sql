-- source: Flink JsonParserToRowDataConverters#createNotNullConverter has no case for STRUCTURED_TYPE (only ROW), so reading a json table with a STRUCTURED column fails when the converter is built: "Unsupported type: " + the type's summary text
-- fail: Unsupported type: STRUCTURED<'com.example.User', `name` STRING, `age` INT>
CREATE TABLE t (id INT, u STRUCTURED<'com.example.User', name STRING, age INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM t;
