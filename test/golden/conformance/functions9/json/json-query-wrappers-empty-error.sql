-- source: Flink JsonFunctionsITCase jsonQuerySpec on json/json-query.json: WITHOUT / CONDITIONAL / UNCONDITIONAL WRAPPER, NULL / EMPTY ARRAY / EMPTY OBJECT ON EMPTY (lax) and ON ERROR (strict); STRING
CREATE TABLE t (f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_QUERY(CAST(NULL AS STRING), '$') AS q0,
       JSON_QUERY(f0, '$.a1' WITHOUT WRAPPER) AS q1,
       JSON_QUERY(f0, '$.a1' WITH CONDITIONAL WRAPPER) AS q2,
       JSON_QUERY(f0, '$.o1' WITH CONDITIONAL WRAPPER) AS q3,
       JSON_QUERY(f0, '$.a1' WITH UNCONDITIONAL WRAPPER) AS q4,
       JSON_QUERY(f0, '$.n1' WITH CONDITIONAL WRAPPER) AS q5,
       JSON_QUERY(f0, '$.s1' WITH CONDITIONAL WRAPPER) AS q6,
       JSON_QUERY(f0, 'lax $.err1' NULL ON EMPTY) AS q7,
       JSON_QUERY(f0, 'lax $.err2' EMPTY ARRAY ON EMPTY) AS q8,
       JSON_QUERY(f0, 'lax $.err3' EMPTY OBJECT ON EMPTY) AS q9,
       JSON_QUERY(f0, 'strict $.err6' NULL ON ERROR) AS q10,
       JSON_QUERY(f0, 'strict $.err7' EMPTY ARRAY ON ERROR) AS q11,
       JSON_QUERY(f0, 'strict $.err8' EMPTY OBJECT ON ERROR) AS q12
FROM t;
