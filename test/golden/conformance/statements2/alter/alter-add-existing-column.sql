-- source: Flink sql-client table.q (alter table orders2 add product string first)
-- fail: Try to add a column `product` which already exists in the table.
CREATE TABLE orders2 (`user` BIGINT NOT NULL, product VARCHAR(32), amount1 INT) WITH ('connector' = 'datagen');
ALTER TABLE orders2 ADD product STRING FIRST;
