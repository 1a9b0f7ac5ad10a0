-- source: Flink JsonFunctionsITCase jsonValueSpec on json/json-value.json: RETURNING BOOLEAN / INT / DOUBLE, NULL / DEFAULT / ERROR ON EMPTY and ON ERROR (lax: a missing key is empty; strict: it is an error)
CREATE TABLE t (f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_VALUE(CAST(NULL AS STRING), 'lax $') AS v0,
       JSON_VALUE(f0, '$.type') AS v1,
       JSON_VALUE(f0, '$.activated' RETURNING BOOLEAN) AS v2,
       JSON_VALUE(f0, '$.age' RETURNING INT) AS v3,
       JSON_VALUE(f0, '$.balance' RETURNING DOUBLE) AS v4,
       JSON_VALUE(f0, 'lax $.invalid' NULL ON EMPTY ERROR ON ERROR) AS v5,
       JSON_VALUE(f0, 'lax $.invalid' RETURNING INTEGER DEFAULT 42 ON EMPTY ERROR ON ERROR) AS v6,
       JSON_VALUE(f0, 'strict $.invalid' ERROR ON EMPTY NULL ON ERROR) AS v7,
       JSON_VALUE(f0, 'strict $.invalid' RETURNING INTEGER NULL ON EMPTY DEFAULT 42 ON ERROR) AS v8
FROM t;
