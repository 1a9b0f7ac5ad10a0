-- source: Flink docs (temporal functions: evaluated per record in streaming, allowed in insert-only queries); by hand
CREATE TABLE t (
  x INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CURRENT_ROW_TIMESTAMP() IS NOT NULL AS a, UNIX_TIMESTAMP() > 1600000000 AS b, LOCALTIME IS NOT NULL AS c, NOW() IS NOT NULL AS d, CURRENT_DATE > DATE '2020-01-01' AS e FROM t;
