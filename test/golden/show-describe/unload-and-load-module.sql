-- source: Flink sql-client module.q and the LOAD / UNLOAD MODULE docs (unloading core leaves no module in use; loading it again appends it, used); by hand
UNLOAD MODULE core;
SHOW MODULES;
SHOW FULL MODULES;
LOAD MODULE core;
SHOW MODULES;
