-- source: TableEnvironmentITCase#testCreateTableAndShowCreateTable (SHOW CREATE TABLE `tmp`: Could not execute SHOW CREATE TABLE. Table with identifier `default_catalog`.`default_database`.`tmp` does not exist.)
-- fail: Could not execute SHOW CREATE TABLE. Table with identifier `default_catalog`.`default_database`.`tmp` does not exist.
SHOW CREATE TABLE `tmp`;
