-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT,
  b INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT +a AS p, -a AS n, a % b AS m, MOD(a, b) AS m2 FROM t;
