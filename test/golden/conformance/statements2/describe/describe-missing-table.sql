-- source: Flink sql-client table.q (describe non_exist / desc non_exist)
-- fail: Tables or views with the identifier 'default_catalog.default_database.non_exist' doesn't exist.
DESC non_exist;
