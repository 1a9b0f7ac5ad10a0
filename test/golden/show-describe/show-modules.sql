-- source: Flink sql-client module.q and the "USE MODULES" docs (core is loaded and used by default; SHOW FULL MODULES adds a 'used' column)
SHOW MODULES;
SHOW FULL MODULES;
USE MODULES core;
SHOW MODULES;
