-- source: Flink sql-client table.q (alter table non_exist rename to non_exist2)
-- fail: Table `default_catalog`.`default_database`.`non_exist` doesn't exist or is a temporary table.
ALTER TABLE non_exist RENAME TO non_exist2;
