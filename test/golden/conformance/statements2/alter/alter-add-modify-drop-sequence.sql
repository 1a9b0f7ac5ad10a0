-- source: Flink sql-client table.q (alter table orders2 add / modify / drop, each verified with SHOW CREATE TABLE; STRING printed VARCHAR(2147483647)); layout of Flink 2.x ShowCreateUtil (")" then "WITH (" on its own line)
CREATE TABLE orders2 (
 `user` BIGINT NOT NULL,
 product VARCHAR(32),
 amount1 INT,
 ts TIMESTAMP(3),
 ptime AS PROCTIME(),
 PRIMARY KEY(`user`) NOT ENFORCED,
 WATERMARK FOR ts AS ts - INTERVAL '1' SECONDS
) WITH (
 'connector' = 'datagen'
);
ALTER TABLE orders2 ADD product_id BIGINT NOT NULL AFTER `user`;
SHOW CREATE TABLE orders2;
ALTER TABLE orders2 ADD (user_email STRING NOT NULL AFTER `user`, cleaned_product AS COALESCE(product, 'missing_sku') AFTER product, trade_order_id BIGINT NOT NULL FIRST);
SHOW CREATE TABLE orders2;
ALTER TABLE orders2 MODIFY CONSTRAINT order_constraint PRIMARY KEY (trade_order_id) NOT ENFORCED;
SHOW CREATE TABLE orders2;
ALTER TABLE orders2 MODIFY (WATERMARK FOR ts AS ts - INTERVAL '1' MINUTE, ts TIMESTAMP(3) NOT NULL AFTER trade_order_id, `user` STRING);
SHOW CREATE TABLE orders2;
ALTER TABLE orders2 DROP (amount1, product, cleaned_product);
SHOW CREATE TABLE orders2;
