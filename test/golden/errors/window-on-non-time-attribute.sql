-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 9:74 time attribute
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(id), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;
