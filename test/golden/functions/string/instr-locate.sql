-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT INSTR(s, 'l') AS i, LOCATE('l', s) AS l1, LOCATE('l', s, 4) AS l2, LOCATE('z', s) AS l3 FROM t;
