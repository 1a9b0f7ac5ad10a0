-- source: Flink sql-gateway statement_set.q (EXPLAIN STATEMENT SET BEGIN / END with no INSERT: ParseException: Encountered "END" at line 2, column 1. Was expecting one of: "INSERT" …; the position counts the header lines here)
-- fail: 4:1 expected INSERT
EXPLAIN STATEMENT SET BEGIN
END;
