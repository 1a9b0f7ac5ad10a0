-- source: Calcite Parser.jj JsonObjectAggFunctionCall (Flink 2.x parser): JSON_OBJECTAGG is a built-in call with no FILTER clause, so FILTER after it is "Encountered \"FILTER\""
-- fail: 3:38 FILTER
SELECT JSON_OBJECTAGG(KEY k VALUE v) FILTER (WHERE v > 1) FROM (VALUES ('a', 1), ('b', 2)) AS t(k, v);
