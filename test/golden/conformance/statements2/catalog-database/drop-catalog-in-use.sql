-- source: Flink sql-client catalog_database.q (drop catalog c1 while c1 is current)
-- fail: Cannot drop a catalog which is currently in use.
CREATE CATALOG c1 WITH ('type'='generic_in_memory');
USE CATALOG c1;
DROP CATALOG c1;
