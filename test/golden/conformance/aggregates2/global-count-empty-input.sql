-- source: Flink GroupAggFunction emits only when a record arrives (no initial row for a global aggregate in streaming mode, unlike batch's one row of 0): a filter that drops every row leaves no output
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) AS c, SUM(v) AS s FROM t WHERE v > 100;
