-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT UPPER(s) AS u, CHAR_LENGTH(TRIM(s)) AS n, s = '' AS e, CONCAT(s, s) AS c FROM t;
