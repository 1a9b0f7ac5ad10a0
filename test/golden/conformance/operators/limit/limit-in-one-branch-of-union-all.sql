-- source: Flink's UNION ALL and LIMIT semantics (StreamExecLimit limits only its own input: the other branch of the union still delivers all its rows)
-- order: any
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = '${input:t}', 'format' = 'json');
CREATE TABLE s (a INT) WITH ('connector' = 'filesystem', 'path' = '${input:s}', 'format' = 'json');
SELECT * FROM (SELECT a FROM t LIMIT 2) UNION ALL SELECT a FROM s;
