-- source: Flink sql-client tests (table.q, catalog_database.q): SHOW / DESCRIBE results
SHOW USER FUNCTIONS;
