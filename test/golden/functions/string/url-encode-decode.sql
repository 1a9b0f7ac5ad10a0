-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT URL_ENCODE(s) AS e, URL_DECODE(URL_ENCODE(s)) AS d FROM t;
