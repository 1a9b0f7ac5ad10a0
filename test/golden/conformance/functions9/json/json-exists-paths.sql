-- source: Flink JsonFunctionsITCase jsonExistsSpec on json/json-exists.json: lax paths, array indexes, ON ERROR behaviours; BOOLEAN (nullable)
CREATE TABLE t (f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_EXISTS(CAST(NULL AS STRING), 'lax $') AS e0,
       JSON_EXISTS(f0, 'lax $') AS e1,
       JSON_EXISTS(f0, 'lax $.type') AS e2,
       JSON_EXISTS(f0, 'lax $.author.address.city') AS e3,
       JSON_EXISTS(f0, 'lax $.metadata.tags[0]') AS e4,
       JSON_EXISTS(f0, 'lax $.metadata.tags[3]') AS e5,
       JSON_EXISTS(f0, 'lax $.metadata.references[0].url') AS e6,
       JSON_EXISTS(f0, 'lax $.metadata.references[0].invalid') AS e7,
       JSON_EXISTS(f0, 'strict $.invalid' TRUE ON ERROR) AS e8,
       JSON_EXISTS(f0, 'strict $.invalid' FALSE ON ERROR) AS e9,
       JSON_EXISTS(f0, 'strict $.invalid' UNKNOWN ON ERROR) AS e10
FROM t;
