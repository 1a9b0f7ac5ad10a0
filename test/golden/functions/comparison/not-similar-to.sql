-- source: Flink docs, System (Built-in) Functions, comparison: string1 NOT SIMILAR TO string2 (SQL regular expression: % any, _ one, | alternation); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s, s SIMILAR TO 'a%' AS sim, s NOT SIMILAR TO '(ab|cd)_' AS notsim FROM t;
