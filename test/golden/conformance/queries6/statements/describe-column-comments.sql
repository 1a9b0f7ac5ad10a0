-- source: Flink docs, DESCRIBE Statements (the Orders example and its printed result: a `comment` column after `watermark`, null where a column has none); ShowColumnsOperation#isSchemaNonColumnComments (the column only when some column has a comment, for DESCRIBE and SHOW COLUMNS alike)
CREATE TABLE Orders (
 `user` BIGINT NOT NULl comment 'this is primary key',
 product VARCHAR(32),
 amount INT,
 ts TIMESTAMP(3) comment 'notice: watermark',
 ptime AS PROCTIME() comment 'this is a computed column',
 PRIMARY KEY(`user`) NOT ENFORCED,
 WATERMARK FOR ts AS ts - INTERVAL '1' SECONDS
) with (
 'connector' = 'datagen'
);
DESCRIBE Orders;
SHOW COLUMNS FROM Orders LIKE 'p%';
