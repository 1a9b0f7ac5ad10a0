-- source: Flink sql-client catalog_database.q (SHOW DATABASES [FROM c] [NOT] [I]LIKE: sorted names)
CREATE CATALOG c0 WITH ('type'='generic_in_memory');
CREATE DATABASE c0.db0a;
CREATE DATABASE c0.db0b;
SHOW DATABASES FROM c0;
SHOW DATABASES FROM c0 LIKE 'db0a%';
SHOW DATABASES FROM c0 NOT ILIKE 'db0a%';
SHOW DATABASES FROM c0 ILIKE 'db%';
