-- source: docs/content/docs/dev/table/sql/show.md (SHOW COLUMNS EXAMPLES: orders in database1 of catalog1, with the structure the page gives; FROM / IN with one, two and three part names, LIKE '%r', NOT LIKE '%_r'; no comment column since no column has a comment)
CREATE CATALOG catalog1 WITH ('type' = 'generic_in_memory');
CREATE DATABASE catalog1.database1;
CREATE TABLE catalog1.database1.orders (
  `user` BIGINT NOT NULL,
  product VARCHAR(32),
  amount INT,
  ts TIMESTAMP(3),
  ptime AS PROCTIME(),
  PRIMARY KEY(`user`) NOT ENFORCED,
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'datagen');
USE CATALOG catalog1;
USE database1;
show columns from orders;
show columns in catalog1.database1.orders;
show columns from database1.orders like '%r';
show columns in orders like '%r';
show columns from catalog1.database1.orders not like '%_r';
