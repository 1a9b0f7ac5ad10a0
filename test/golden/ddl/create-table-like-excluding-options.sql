-- source: Flink docs (CREATE TABLE ... LIKE ... (EXCLUDING OPTIONS): columns kept, options from the new WITH); by hand
CREATE TABLE t (
  a INT,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE t2 WITH ('connector' = 'filesystem', 'path' = '${input:other}', 'format' = 'json') LIKE t (EXCLUDING OPTIONS);
SELECT a, b FROM t2;
