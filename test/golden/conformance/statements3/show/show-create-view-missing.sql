-- source: TableEnvironmentImpl (SHOW CREATE VIEW of a missing view: Could not execute SHOW CREATE VIEW. View with identifier … does not exist.)
-- fail: Could not execute SHOW CREATE VIEW. View with identifier `default_catalog`.`default_database`.`v1` does not exist.
SHOW CREATE VIEW v1;
