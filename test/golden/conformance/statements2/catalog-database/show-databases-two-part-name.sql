-- source: Flink sql-client catalog_database.q (show databases in c0.t)
-- fail: Show databases from/in identifier [ c0.t ] format error, catalog must be a single part identifier.
CREATE CATALOG c0 WITH ('type'='generic_in_memory');
SHOW DATABASES IN c0.t;
