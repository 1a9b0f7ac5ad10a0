-- source: Flink CALL (sql-gateway call_procedure.q): the procedure is looked up in the catalog by Calcite's operator lookup (FunctionCatalogOperatorTable, SqlSyntax.PROCEDURE); the in-memory default catalog has no procedures (GenericInMemoryCatalog#getProcedure throws ProcedureNotExistException), so validation fails as for an unknown function, the arguments typed by family
-- fail: 3:6 No match found for function signature generate_n(<NUMERIC>)
CALL `system`.generate_n(2);
