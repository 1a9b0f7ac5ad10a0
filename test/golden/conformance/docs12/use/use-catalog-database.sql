-- source: docs/content/docs/sql/reference/utility/use.md (SQL CLI tab: CREATE CATALOG cat1, SHOW CATALOGS lists default_catalog and cat1, USE CATALOG cat1, CREATE DATABASE db1, SHOW DATABASES lists db1, USE db1); cat1 is a generic_in_memory catalog here, which Flink creates with its `default` database (GenericInMemoryCatalog without 'default-database'), so SHOW DATABASES lists it beside db1 where the page's catalog starts empty; SHOW CATALOGS also lists Eddy's read-only `examples` catalog (as DESIGN.md); the USE MODULES hive part needs the Hive module and is left out
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory');
SHOW CATALOGS;
USE CATALOG cat1;
SHOW CURRENT CATALOG;
SHOW DATABASES;
CREATE DATABASE db1;
SHOW DATABASES;
USE db1;
SHOW CURRENT DATABASE;
USE cat1.`default`;
SHOW CURRENT DATABASE;
USE default_catalog.default_database;
SHOW CURRENT CATALOG;
SHOW CURRENT DATABASE;
