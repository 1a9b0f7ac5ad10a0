-- source: Flink BinaryStringData counts code points (numChars), not UTF-16 units; by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CHAR_LENGTH(s) AS n, SUBSTRING(s, 2, 1) AS m, UPPER(s) AS u FROM t;
