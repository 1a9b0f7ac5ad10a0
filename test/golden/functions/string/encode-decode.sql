-- source: Flink docs (ENCODE / DECODE with the listed charsets); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ENCODE(s, 'UTF-8') AS e, DECODE(ENCODE(s, 'UTF-16BE'), 'UTF-16BE') AS d16, CHAR_LENGTH(DECODE(ENCODE(s, 'ISO-8859-1'), 'ISO-8859-1')) AS n FROM t;
