-- source: Flink SqlJsonUtils (jsonApiCommonSyntax: a path without lax/strict is STRICT, as Flink's docs say; strict: a missing key, a JSON null or unparsable input is an error; lax: they are empty), jsonValue (lax non-scalar is empty, strict non-scalar an error), jsonQuery (nothing is empty before wrapping; a scalar after wrapping is empty in lax, an error in strict), jsonExists (an error goes to ON ERROR; any non-null read is TRUE, and Jayway reads an indefinite path as a list, empty when nothing matches, while a missing property above a wildcard is an error in strict mode); by hand
CREATE TABLE t (f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_VALUE(f0, '$.missing' DEFAULT 'e' ON EMPTY) AS v0,
       JSON_VALUE(f0, '$.missing' DEFAULT 'x' ON ERROR) AS v1,
       JSON_VALUE(f0, 'lax $.missing' DEFAULT 'x' ON EMPTY) AS v2,
       JSON_VALUE(f0, 'lax $.o' DEFAULT 'x' ON EMPTY DEFAULT 'y' ON ERROR) AS v3,
       JSON_VALUE(f0, 'strict $.o' DEFAULT 'x' ON EMPTY DEFAULT 'y' ON ERROR) AS v4,
       JSON_VALUE(f0, '$.n' DEFAULT 'x' ON EMPTY DEFAULT 'y' ON ERROR) AS v5,
       JSON_VALUE(f0, 'lax $.n' DEFAULT 'x' ON EMPTY DEFAULT 'y' ON ERROR) AS v6,
       JSON_VALUE('{', 'lax $.a' DEFAULT 'x' ON EMPTY DEFAULT 'y' ON ERROR) AS v7,
       JSON_VALUE('{', 'strict $.a' DEFAULT 'x' ON EMPTY DEFAULT 'y' ON ERROR) AS v8,
       JSON_QUERY(f0, 'lax $.a' EMPTY ARRAY ON EMPTY EMPTY OBJECT ON ERROR) AS q0,
       JSON_QUERY(f0, 'strict $.a' EMPTY ARRAY ON EMPTY EMPTY OBJECT ON ERROR) AS q1,
       JSON_QUERY(f0, '$.a' EMPTY ARRAY ON EMPTY EMPTY OBJECT ON ERROR) AS q2,
       JSON_QUERY(f0, 'lax $.missing' WITH WRAPPER EMPTY ARRAY ON EMPTY) AS q3,
       JSON_QUERY(f0, '$.arr' WITH CONDITIONAL WRAPPER) AS q4,
       JSON_EXISTS(f0, '$.missing') AS x0,
       JSON_EXISTS(f0, '$.missing' UNKNOWN ON ERROR) AS x1,
       JSON_EXISTS(f0, 'lax $.missing' UNKNOWN ON ERROR) AS x2,
       JSON_EXISTS(f0, 'lax $.missing[*]') AS x3,
       JSON_EXISTS(f0, 'strict $.missing[*]' UNKNOWN ON ERROR) AS x4,
       JSON_QUERY(f0, 'lax $.missing[*]') AS q5
FROM t;
