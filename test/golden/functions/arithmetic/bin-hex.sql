-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a BIGINT,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT BIN(a) AS b, HEX(a) AS h, HEX(s) AS hs FROM t;
