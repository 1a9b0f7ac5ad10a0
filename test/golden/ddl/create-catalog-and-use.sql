-- source: Flink sql-client catalog_database.q (CREATE CATALOG ... 'generic_in_memory', whose default database is 'default'; SHOW CATALOGS sorted; the CLI adds the examples catalog)
CREATE CATALOG c1 WITH ('type' = 'generic_in_memory');
SHOW CATALOGS;
USE CATALOG c1;
SHOW CURRENT CATALOG;
SHOW DATABASES;
SHOW CURRENT DATABASE;
