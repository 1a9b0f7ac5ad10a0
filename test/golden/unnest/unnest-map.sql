-- source: Flink docs (Joins: Array Expansion (CROSS JOIN UNNEST)); by hand
CREATE TABLE t (
  id INT,
  arr ARRAY<STRING>,
  m MAP<STRING, INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, k, v FROM t CROSS JOIN UNNEST(m) AS u(k, v);
