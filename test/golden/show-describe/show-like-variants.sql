-- source: Flink docs, SHOW statements (SHOW DATABASES / TABLES / VIEWS [FROM | IN db] [NOT] LIKE | ILIKE pattern; results sorted); by hand
CREATE DATABASE sales;
CREATE DATABASE staging;
CREATE TABLE sales.Orders (a INT) WITH ('connector' = 'datagen');
CREATE TABLE sales.order_lines (a INT) WITH ('connector' = 'datagen');
CREATE TABLE sales.customers (a INT) WITH ('connector' = 'datagen');
CREATE VIEW sales.v_orders AS SELECT a FROM sales.Orders;
CREATE VIEW sales.v_customers AS SELECT a FROM sales.customers;
SHOW DATABASES LIKE 's%';
SHOW DATABASES NOT LIKE 's%';
SHOW TABLES IN sales ILIKE 'order%';
SHOW TABLES FROM sales LIKE 'order%';
SHOW VIEWS FROM sales NOT LIKE '%orders';
