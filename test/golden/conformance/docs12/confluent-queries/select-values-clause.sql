-- source: https://docs.confluent.io/cloud/current/flink/reference/queries/select.html (Confluent Cloud for Apache Flink, SELECT Statement: VALUES clause, order_id 1 / price 2.0 and order_id 2 / price 3.1); the column types as Flink derives them for the literals (INT NOT NULL, DECIMAL(2, 1) NOT NULL)
SELECT order_id, price
  FROM (VALUES (1, 2.0), (2, 3.1))
  AS t (order_id, price);
