-- source: Flink docs (Window Aggregation, Group Window Aggregation): the Orders example (per-user daily SUM(amount) with TUMBLE_START AS wStart), over hand-made rows; by hand. `user` is quoted: USER is a reserved word
-- order: any
CREATE TABLE Orders (
  `user`     BIGINT,
  product    STRING,
  amount     INT,
  order_time TIMESTAMP(3),
  WATERMARK FOR order_time AS order_time - INTERVAL '1' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  `user`,
  TUMBLE_START(order_time, INTERVAL '1' DAY) AS wStart,
  SUM(amount) FROM Orders
GROUP BY
  TUMBLE(order_time, INTERVAL '1' DAY),
  `user`;
