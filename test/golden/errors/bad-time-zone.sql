-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: Mars/Olympus
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'sql.local-time-zone' = 'Mars/Olympus';
SELECT CAST(TO_TIMESTAMP_LTZ(0, 3) AS STRING) FROM orders;
