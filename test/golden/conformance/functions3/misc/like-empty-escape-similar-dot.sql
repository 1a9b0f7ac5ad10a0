-- source: Flink LikeFunctionITCase (withEscape: ESCAPE '' means no escape character: 'test' LIKE 'test"end' ESCAPE '' and 'test' LIKE '' ESCAPE '' are FALSE) and SqlExpressionTest#testComparisonFunctions ('TEST' SIMILAR TO '.EST' is TRUE: SqlLikeUtils.sqlToRegexSimilar keeps '.' as a regex any-character)
SELECT f0 LIKE 'test"end' ESCAPE '' AS a,
       f0 LIKE '' ESCAPE '' AS b,
       f0 LIKE 'te%' ESCAPE '' AS c,
       'TEST' SIMILAR TO '.EST' AS d,
       'TEST' NOT SIMILAR TO '.EST' AS e
FROM (VALUES ('test')) AS T(f0);
