-- source: https://docs.confluent.io/cloud/current/flink/reference/statements/set.html (Confluent Cloud for Apache Flink, SET Statement: sql.current-catalog is semantically equivalent with USE CATALOG), so a catalog that does not exist is refused with USE CATALOG's message (Flink's CatalogManager#setCurrentCatalog: A catalog with name [nope] does not exist.)
-- fail: 3:1 A catalog with name [nope] does not exist.
SET 'sql.current-catalog' = 'nope';
