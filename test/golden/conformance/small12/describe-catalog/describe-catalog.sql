-- source: Flink sql-client catalog_database.q (describe catalog [extended] cat_comment / cat2: name, type, the catalog's comment; EXTENDED lists option:<key> without type, sorted by key; alter catalog cat2 set / reset / comment) and DescribeCatalogOperation of Flink 2.x (comment getComment().orElse(null): NULL when the catalog has none; options filtered of 'type' and sorted by key)
CREATE CATALOG cat_comment COMMENT 'hello ''catalog''' WITH ('type' = 'generic_in_memory', 'default-database' = 'db');
DESCRIBE CATALOG cat_comment;
DESCRIBE CATALOG EXTENDED cat_comment;
CREATE CATALOG cat2 WITH ('type' = 'generic_in_memory', 'default-database' = 'db');
DESC CATALOG cat2;
ALTER CATALOG cat2 SET ('default-database' = 'db_new');
DESC CATALOG EXTENDED cat2;
ALTER CATALOG cat2 RESET ('default-database', 'k1');
ALTER CATALOG cat2 COMMENT 'comment for catalog ''cat2''';
DESC CATALOG EXTENDED cat2;
ALTER CATALOG cat2 COMMENT '';
DESC CATALOG EXTENDED cat2;
