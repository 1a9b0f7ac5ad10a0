-- source: Calcite SqlValidatorImpl as Flink runs it: expandSelectItem derives each select item's type (an unknown function fails in handleUnresolvedFunction, its arguments typed from the FROM clause) before validateExpr's AggregatingScope check could call an argument ungrouped; message as sql-client table.q "No match found for function signature invalid_function()"
-- fail: 3:11 No match found for function signature myAgg(<NUMERIC>)
SELECT b, myAgg(a)
FROM (VALUES (1, 'x'), (2, 'y')) AS T(a, b)
GROUP BY b;
