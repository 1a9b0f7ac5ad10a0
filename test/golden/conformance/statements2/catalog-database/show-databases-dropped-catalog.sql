-- source: Flink sql-client catalog_database.q (show databases from c0 after drop catalog c0)
-- fail: Catalog c0 does not exist
CREATE CATALOG c0 WITH ('type'='generic_in_memory');
DROP CATALOG c0;
SHOW DATABASES FROM c0;
