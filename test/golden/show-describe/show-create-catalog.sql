-- source: Flink 2.x ShowCreateUtil.buildShowCreateCatalogRow (name line, COMMENT line, options sorted by key) and DESCRIBE CATALOG (FLIP-436: name, type, comment; EXTENDED adds option:<key> rows except type, sorted)
CREATE CATALOG cat2 COMMENT 'my catalog' WITH ('type' = 'generic_in_memory', 'default-database' = 'db');
SHOW CREATE CATALOG cat2;
DESCRIBE CATALOG cat2;
DESC CATALOG EXTENDED cat2;
ALTER CATALOG cat2 COMMENT 'it''s changed';
ALTER CATALOG cat2 RESET ('default-database');
SHOW CREATE CATALOG cat2;
