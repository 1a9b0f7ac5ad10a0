-- source: docs/content/docs/dev/table/sql/show.md (SHOW CREATE TABLE: the orders table with quoted comments and a named primary key, and the statement the page prints, except that Flink 2.x ShowCreateUtil.buildShowCreateTableRow puts WITH ( on its own line after the closing parenthesis; the page still shows the 1.x ') WITH (')
CREATE TABLE orders (
  order_id BIGINT NOT NULL comment 'this is the primary key, named ''order_id''.',
  product VARCHAR(32),
  amount INT,
  ts TIMESTAMP(3) comment 'notice: watermark, named ''ts''.',
  ptime AS PROCTIME() comment 'notice: computed column, named ''ptime''.',
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND,
  CONSTRAINT `PK_order_id` PRIMARY KEY (order_id) NOT ENFORCED
) WITH (
  'connector' = 'datagen'
);
show create table orders;
