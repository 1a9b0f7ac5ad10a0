-- source: Flink RegexpFunctionsITCase REGEXP_COUNT "Validation Error": testSqlValidationError("REGEXP_COUNT(f0, '1024')" with f0 INT, "Invalid input arguments. Expected signatures are:\nREGEXP_COUNT(str <CHARACTER_STRING>, regex <CHARACTER_STRING>)")
-- fail: 4:8 REGEXP_COUNT(str <CHARACTER_STRING>, regex <CHARACTER_STRING>)
CREATE TABLE t (f0 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT REGEXP_COUNT(f0, '1024') FROM t;
