-- source: Flink docs (CREATE TABLE: PRIMARY KEY NOT ENFORCED; a primary key makes the column NOT NULL); by hand
CREATE TABLE t (
  a INT,
  b STRING,
  PRIMARY KEY (a) NOT ENFORCED
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b FROM t;
