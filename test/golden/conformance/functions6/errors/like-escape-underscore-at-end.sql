-- source: Flink LikeFunctionITCase#withEscape (testSqlValidationError: "Invalid escape sequence 'test_', 4")
-- fail: 3:8 Invalid escape sequence 'test_', 4
SELECT f1 LIKE 'test_' ESCAPE '_' AS x FROM (VALUES ('test', 'test%', 'te_st')) AS t(f0, f1, f2);
