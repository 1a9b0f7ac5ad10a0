-- source: Flink 2.x ShowCreateUtil.buildShowCreateCatalogRow (name line, COMMENT line, options sorted by key) and Flink 2.x DescribeCatalogOperation (name, type, the catalog's comment; EXTENDED adds option:<key> for every option but type, sorted by key; sql-client catalog_database.q describe catalog extended cat_comment)
CREATE CATALOG cat2 COMMENT 'my catalog' WITH ('type' = 'generic_in_memory', 'default-database' = 'db');
SHOW CREATE CATALOG cat2;
DESCRIBE CATALOG cat2;
DESC CATALOG EXTENDED cat2;
ALTER CATALOG cat2 COMMENT 'it''s changed';
ALTER CATALOG cat2 RESET ('default-database');
SHOW CREATE CATALOG cat2;
