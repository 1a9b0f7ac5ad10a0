-- source: Flink 2.x ShowCreateUtil.buildShowCreateCatalogRow (name line, COMMENT line, options sorted by key) and DescribeCatalogOperation (name, type, comment always ''; EXTENDED adds option:<key> for every option in Configuration.toMap()'s HashMap order: default-database (hash bucket 4 of 16, 0 of 4) before type (12 of 16, 0 of 4), by hand)
CREATE CATALOG cat2 COMMENT 'my catalog' WITH ('type' = 'generic_in_memory', 'default-database' = 'db');
SHOW CREATE CATALOG cat2;
DESCRIBE CATALOG cat2;
DESC CATALOG EXTENDED cat2;
ALTER CATALOG cat2 COMMENT 'it''s changed';
ALTER CATALOG cat2 RESET ('default-database');
SHOW CREATE CATALOG cat2;
