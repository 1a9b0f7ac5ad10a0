-- source: Flink sql-gateway statement_set.q (EXECUTE STATEMENT SET BEGIN / END with no INSERT: ParseException: Encountered "END" at line 2, column 1. Was expecting one of: "INSERT" …; the position counts the header lines here)
-- fail: 4:1 expected INSERT
EXECUTE STATEMENT SET BEGIN
END;
