-- source: Flink BuiltInFunctionDefinitions.PARSE_JSON input strategy or(sequence(CHARACTER_STRING), sequence(CHARACTER_STRING, BOOLEAN)): an INT argument fails validation
-- fail: 4:8 Invalid input arguments. Expected signatures are:
CREATE TABLE t (i INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PARSE_JSON(i) FROM t;
