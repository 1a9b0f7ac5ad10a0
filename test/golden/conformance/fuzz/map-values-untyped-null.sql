-- source: Flink BuiltInFunctionDefinitions.MAP_VALUES (sequence(logical(LogicalTypeRoot.MAP))): an untyped NULL has no MAP type to be cast to (RootArgumentTypeStrategy finds no default type for the MAP root), so the call fails validation with Flink's "Invalid input arguments" signature list; found by the SQL fuzz test (Eddy failed with an internal error)
-- fail: 3:8 Invalid input arguments. Expected signatures are:
SELECT MAP_VALUES(NULL);
