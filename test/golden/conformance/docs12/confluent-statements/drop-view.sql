-- source: https://docs.confluent.io/cloud/current/flink/reference/statements/drop-view.html (Confluent Cloud for Apache Flink, DROP VIEW Statement: DROP VIEW vip_customers, then DROP VIEW IF EXISTS vip_customers raises no error, and a query of the dropped view fails as an object that does not exist); the failure with Apache Flink's validator text (Calcite: Object 'vip_customers' not found) where Confluent prints its own "Object 'default_catalog.default_database.vip_customers' does not exist."
-- fail: 11:15 Object 'vip_customers' not found
CREATE TABLE orders (order_id STRING, customer_id INT, price DOUBLE) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE VIEW vip_customers AS
SELECT customer_id, SUM(price) AS total_spent
FROM orders
GROUP BY customer_id;
DROP VIEW vip_customers;
DROP VIEW IF EXISTS vip_customers;
SHOW VIEWS;
SELECT * FROM vip_customers;
