-- source: Flink docs (Array Expansion); by hand; global COUNT(*) changelog by hand
CREATE TABLE t (
  id INT,
  arr ARRAY<STRING>,
  m MAP<STRING, INT>
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) AS n FROM t CROSS JOIN UNNEST(arr) AS u(x);
