-- source: Calcite RelBuilder.rewriteAggregateWithDuplicateGroupSets as Flink ships it (one aggregate per GROUP_ID value n over the sets occurring more than n times, unioned): GROUPING SETS (a, a, b, b) gives every a-group and b-group twice, with GROUP_ID 0 and 1; counts by hand
-- order: final
SELECT a, b, GROUP_ID() AS g, COUNT(*) AS c
FROM (VALUES (1, 'x'), (1, 'y'), (2, 'x')) AS T(a, b)
GROUP BY GROUPING SETS (a, a, b, b);
