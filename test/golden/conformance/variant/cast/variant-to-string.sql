-- source: Flink VariantToStringCastRule (VARIANT to CHAR / VARCHAR: a string scalar is extracted unquoted, objects and arrays cast to their JSON text; TYPEOF prints the type as DESCRIBE does)
-- order: strict
CREATE TABLE t (id INT, j STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, CAST(PARSE_JSON(j) AS STRING) AS s, TYPEOF(PARSE_JSON(j)) AS ty FROM t;
