-- source: Flink docs, System (Built-in) Functions, UNHEX (odd length: first character dropped and a zero byte in front; non-hex characters or NULL give NULL; DECODE(UNHEX('466C696E6B'), 'UTF-8') = 'Flink'); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DECODE(UNHEX(s), 'UTF-8') AS d, UNHEX(s) IS NULL AS n FROM t;
