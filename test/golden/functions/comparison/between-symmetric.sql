-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a BETWEEN 5 AND 1 AS asym, a BETWEEN SYMMETRIC 5 AND 1 AS sym, a NOT BETWEEN 1 AND 5 AS nb FROM t;
