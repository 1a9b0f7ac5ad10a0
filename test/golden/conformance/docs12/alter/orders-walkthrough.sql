-- source: https://nightlies.apache.org/flink/flink-docs-release-2.1/docs/dev/table/sql/alter/ (docs/content/docs/dev/table/sql/alter.md, SQL CLI tab: each DESCRIBE and SHOW TABLES result as printed there; empty cells are NULL)
CREATE TABLE Orders (`user` BIGINT, product STRING, amount INT) WITH ('connector' = 'datagen');
ALTER TABLE Orders ADD `order` INT COMMENT 'order identifier' FIRST;
DESCRIBE Orders;
ALTER TABLE Orders ADD (ts TIMESTAMP(3), category STRING AFTER product, PRIMARY KEY(`order`) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' HOUR);
DESCRIBE Orders;
ALTER TABLE Orders MODIFY (amount DOUBLE NOT NULL, category STRING COMMENT 'category identifier' AFTER `order`, WATERMARK FOR ts AS ts);
DESCRIBE Orders;
ALTER TABLE Orders DROP WATERMARK;
DESCRIBE Orders;
ALTER TABLE Orders DROP (amount, ts, category);
DESCRIBE Orders;
ALTER TABLE Orders RENAME `order` to `order_id`;
DESCRIBE Orders;
SHOW TABLES;
ALTER TABLE Orders RENAME TO NewOrders;
SHOW TABLES;
