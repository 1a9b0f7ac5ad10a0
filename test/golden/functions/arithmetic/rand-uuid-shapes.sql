-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, RAND() >= 0 AND RAND() < 1 AS r, RAND_INTEGER(10) BETWEEN 0 AND 9 AS ri, CHAR_LENGTH(UUID()) AS ul FROM t;
