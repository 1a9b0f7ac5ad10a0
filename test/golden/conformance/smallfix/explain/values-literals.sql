-- source: Flink plan digests print a VALUES literal as RexLiteral does: TIMESTAMP(9) with its nine fraction digits, DECIMAL as its decimal text, DATE as yyyy-MM-dd (e.g. Flink's planner test plans "Values(tuples=[[{ … }]])"); found by the SQL fuzz test, which saw [object Object]
-- match: contains
EXPLAIN SELECT * FROM (VALUES (TIMESTAMP '2020-01-01 00:00:00.123456789', 1.5, DATE '2020-01-01')) AS t(a, b, c);
