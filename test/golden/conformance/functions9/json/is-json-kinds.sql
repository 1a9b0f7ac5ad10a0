-- source: Flink JsonFunctionsITCase isJsonSpec (f0 NULL, 'a', '"a"', '{}'): IS JSON [VALUE|SCALAR|ARRAY|OBJECT] is BOOLEAN NOT NULL, FALSE for NULL and for text that is not JSON
CREATE TABLE t (id INT, f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, f0 IS JSON AS j0, f0 IS JSON VALUE AS j1, f0 IS JSON SCALAR AS j2, f0 IS JSON ARRAY AS j3, f0 IS JSON OBJECT AS j4 FROM t;
