-- source: Flink LikeFunctionITCase#withEscape (testSqlValidationError: "Invalid escape sequence 'te%st', 2")
-- fail: 3:8 Invalid escape sequence 'te%st', 2
SELECT f2 LIKE 'te%st' ESCAPE '%' AS x FROM (VALUES ('test', 'test%', 'te_st')) AS t(f0, f1, f2);
