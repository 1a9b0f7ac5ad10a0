-- source: Flink LikeFunctionITCase#withEscape (testSqlValidationError: "Invalid escape sequence 'test\"end', 4")
-- fail: 3:8 Invalid escape sequence 'test\"end', 4
SELECT f0 LIKE 'test\"end' ESCAPE '\' AS x FROM (VALUES ('test', 'test%', 'te_st')) AS t(f0, f1, f2);
