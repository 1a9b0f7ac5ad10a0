-- source: Flink LikeFunctionITCase#withEscape (testSqlValidationError: "Invalid escape character 'ab'")
-- fail: 3:8 Invalid escape character 'ab'
SELECT f0 LIKE '%e_t%' ESCAPE 'ab' AS x FROM (VALUES ('test', 'test%', 'te_st')) AS t(f0, f1, f2);
