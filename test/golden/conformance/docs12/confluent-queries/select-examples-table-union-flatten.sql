-- source: https://docs.confluent.io/cloud/current/flink/reference/queries/select.html (Confluent Cloud for Apache Flink, SELECT Statement: Examples: SELECT 1 (bounded); TABLE t_union_1 UNION ALL TABLE t_union_2 and its alternate SELECT * … UNION ALL SELECT * … syntax; SELECT r1.*, r2.* flattens ROW fields into columns); the tables are filesystem tables here with rows by hand; UNION ALL compared as a multiset
-- order: any
CREATE TABLE t_union_1 (i INT) WITH ('connector' = 'filesystem', 'path' = '${input:u1}', 'format' = 'json');
CREATE TABLE t_union_2 (i INT) WITH ('connector' = 'filesystem', 'path' = '${input:u2}', 'format' = 'json');
CREATE TABLE t_flattening (i INT, r1 ROW<i INT, s STRING>, r2 ROW<other INT>) WITH ('connector' = 'filesystem', 'path' = '${input:f}', 'format' = 'json');
SELECT 1;
TABLE t_union_1 UNION ALL TABLE t_union_2;
SELECT * FROM t_union_1
UNION ALL
SELECT * FROM t_union_2;
SELECT r1.*, r2.* FROM t_flattening;
