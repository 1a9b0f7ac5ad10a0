-- source: FlinkSqlParserImplTest#testExplainCreateTableNotSupported: "Unsupported CREATE OR REPLACE statement for EXPLAIN. The statement must define a query using the AS clause (i.e. CTAS/RTAS statements)." at ^)^ (line 1, column 31)
-- fail: 3:31 Unsupported CREATE OR REPLACE statement for EXPLAIN
EXPLAIN CREATE TABLE t (id int);
