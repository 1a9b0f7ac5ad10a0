-- source: Flink JSON format (BYTES as base64), CastRulesTest (BINARY to STRING decodes UTF-8), DECODE; by hand
CREATE TABLE t (
  b BYTES,
  v VARBINARY(4)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, CAST(b AS STRING) AS s, DECODE(b, 'UTF-8') AS d, v FROM t;
