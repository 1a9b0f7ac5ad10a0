-- source: Flink sql-client set.q (Hive DDL in the default dialect: ParseException 'Encountered "STRING" at line 10, column 27'; two header lines shift it by 2)
-- fail: 12:27 STRING
CREATE TABLE hive_table2 (
  product_id STRING,
  product_name STRING,
  unit_price DECIMAL(10, 4),
  pv_count BIGINT,
  like_count BIGINT,
  comment_count BIGINT,
  update_time TIMESTAMP(3),
  update_user STRING
) PARTITIONED BY (pt_year STRING, pt_month STRING, pt_day STRING) TBLPROPERTIES (
  'streaming-source.enable' = 'true'
);
