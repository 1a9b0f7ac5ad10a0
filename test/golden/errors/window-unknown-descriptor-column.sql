-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 13:49 tss
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE ev (
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input:ev}', 'format' = 'json');
SELECT * FROM TABLE(TUMBLE(TABLE ev, DESCRIPTOR(tss), INTERVAL '1' MINUTE));
