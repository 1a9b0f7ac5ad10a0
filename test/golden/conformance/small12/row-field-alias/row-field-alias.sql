-- source: FLINK-39253 (names ROW fields after AS aliases) is Table API only (ResolveCallByArgumentsRule, RowTypeStrategy) and on master after Flink 2.3's code freeze (commit ee827dfcebf of 2026-04-17; FLINK-40934: "only on master ... SQL ROW(...) is not affected"); Flink's parser (Calcite's ROW constructor takes expressions only) stops at AS: Encountered "AS"
-- fail: 3:14 Encountered "AS"
SELECT ROW(1 AS a, 'x' AS b) AS r;
