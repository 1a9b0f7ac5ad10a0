-- source: Flink ShowColumnsOperation / table.q (the same message as DESCRIBE for a missing table)
-- fail: Tables or views with the identifier 'default_catalog.default_database.non_exist' doesn't exist.
SHOW COLUMNS FROM non_exist;
