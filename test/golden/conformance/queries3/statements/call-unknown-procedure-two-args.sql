-- source: Flink CALL (sql-gateway call_procedure.q: call `system`.generate_user('yuxia', 18)) against the default in-memory catalog, which has no procedures: Calcite's unknown-function error with the arguments' families
-- fail: 3:6 No match found for function signature generate_user(<CHARACTER>, <NUMERIC>)
CALL `system`.generate_user('yuxia', 18);
