-- source: docs/content/docs/sql/reference/utility/show.md (SHOW VIEWS [ (FROM | IN) [catalog.]database ] [ [NOT] LIKE pattern ]; SHOW DATABASES [ (FROM | IN) catalog ] [ [NOT] (LIKE | ILIKE) pattern ]); names sorted as the page's examples; a generic_in_memory catalog without 'default-database' has Flink's `default` database
CREATE CATALOG catalog1 WITH ('type' = 'generic_in_memory');
CREATE DATABASE catalog1.db1;
CREATE DATABASE catalog1.db2;
CREATE VIEW catalog1.db1.v_one AS SELECT 1 AS a;
CREATE VIEW catalog1.db1.w_two AS SELECT 2 AS a;
SHOW VIEWS FROM catalog1.db1;
SHOW VIEWS IN catalog1.db1 LIKE 'v%';
SHOW VIEWS FROM catalog1.db1 NOT LIKE 'v%';
SHOW DATABASES FROM catalog1;
SHOW DATABASES IN catalog1 LIKE 'db_';
SHOW DATABASES FROM catalog1 ILIKE 'DB1';
SHOW DATABASES FROM catalog1 NOT LIKE 'db%';
