-- source: https://docs.confluent.io/cloud/current/flink/reference/statements/alter-view.html (Confluent Cloud for Apache Flink, ALTER VIEW Statement: Rename a view, then Change the statement expression of a view: customer_orders renamed vip_customers, SHOW CREATE VIEW before and after ALTER VIEW … AS adds order_count and HAVING SUM(price) > 1000) and create-view.html; the orders table is a filesystem table here (Confluent's examples.marketplace.orders), rows by hand; SHOW CREATE VIEW in Flink 2.x ShowCreateUtil.buildShowCreateViewRow layout with the expanded query (Calcite unparse: columns qualified, aggregates upper case, GROUP BY / HAVING on their own lines) where the page's output 'resembles' the query as written; the final SELECT: customer 1 passes the HAVING filter only after its second order, so the filtered aggregation emits that update as +U (its +I of 600.5 did not pass)
-- pk: customer_id
CREATE TABLE orders (order_id STRING, customer_id INT, price DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input:orders}', 'format' = 'json');
CREATE VIEW customer_orders AS
SELECT customer_id, SUM(price) AS total_spent
FROM orders
GROUP BY customer_id;
ALTER VIEW customer_orders RENAME TO vip_customers;
SHOW VIEWS;
SHOW CREATE VIEW vip_customers;
ALTER VIEW vip_customers AS
SELECT customer_id, SUM(price) AS total_spent, COUNT(*) AS order_count
FROM orders
GROUP BY customer_id
HAVING SUM(price) > 1000;
SHOW CREATE VIEW vip_customers;
SELECT * FROM vip_customers;
