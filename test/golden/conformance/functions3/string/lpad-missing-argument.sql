-- source: Calcite's invalidArgCount for FlinkSqlOperatorTable functions (SqlValidatorImpl.handleUnresolvedFunction), as MiscFunctionsITCase expects for SUBSTR: LPAD takes 3 arguments
-- fail: 3:8 Invalid number of arguments to function 'LPAD'. Was expecting 3 arguments
SELECT LPAD('abc', 2) AS c0;
