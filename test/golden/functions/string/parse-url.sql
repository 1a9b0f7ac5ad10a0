-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PARSE_URL(s, 'HOST') AS h, PARSE_URL(s, 'QUERY', 'k1') AS k, PARSE_URL(s, 'PATH') AS p, PARSE_URL(s, 'REF') AS r FROM t;
