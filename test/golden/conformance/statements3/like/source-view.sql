-- source: SqlCreateTableLikeConverter#lookupLikeSourceTable: a view as LIKE source
-- fail: 4:29 Source table 'default_catalog.default_database.v' of the LIKE clause can not be a VIEW
CREATE VIEW v AS SELECT 1 AS a;
CREATE TABLE d (x INT) LIKE v;
