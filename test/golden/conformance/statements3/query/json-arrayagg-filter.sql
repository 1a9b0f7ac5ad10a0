-- source: Calcite Parser.jj JsonArrayAggFunctionCall (Flink 2.x parser): JSON_ARRAYAGG is a built-in call with no FILTER clause (only NamedFunctionCall takes FILTER), so FILTER after it is "Encountered \"FILTER\""
-- fail: 3:25 FILTER
SELECT JSON_ARRAYAGG(x) FILTER (WHERE x > 1) FROM (VALUES (1), (2)) AS t(x);
