-- source: SqlCreateTableLikeConverter#lookupLikeSourceTable: Source table '…' of the LIKE clause not found in the catalog (ObjectIdentifier#toString), at the source name's position
-- fail: 3:29 Source table 'default_catalog.default_database.missing' of the LIKE clause not found in the catalog
CREATE TABLE d (x INT) LIKE missing;
