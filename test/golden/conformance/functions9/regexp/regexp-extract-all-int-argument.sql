-- source: Flink RegexpFunctionsITCase REGEXP_EXTRACT_ALL "Validation Error": testSqlValidationError("REGEXP_EXTRACT_ALL(f0, '1024')" with f0 INT, "Invalid input arguments. Expected signatures are:\nREGEXP_EXTRACT_ALL(str <CHARACTER_STRING>, regex <CHARACTER_STRING>, extractIndex <INTEGER_NUMERIC>)")
-- fail: 4:8 REGEXP_EXTRACT_ALL(str <CHARACTER_STRING>, regex <CHARACTER_STRING>, extractIndex <INTEGER_NUMERIC>)
CREATE TABLE t (f0 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT REGEXP_EXTRACT_ALL(f0, '1024') FROM t;
