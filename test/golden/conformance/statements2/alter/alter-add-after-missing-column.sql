-- source: Flink sql-client table.q (alter table orders2 add user_id string after shipment_info)
-- fail: Referenced column `shipment_info` by 'AFTER' does not exist in the table.
CREATE TABLE orders2 (`user` BIGINT NOT NULL, product VARCHAR(32), amount1 INT) WITH ('connector' = 'datagen');
ALTER TABLE orders2 ADD user_id STRING AFTER shipment_info;
