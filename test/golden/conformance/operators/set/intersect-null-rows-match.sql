-- source: Flink ReplaceIntersectWithSemiJoinRule (rows are joined with IS NOT DISTINCT FROM: NULL matches NULL), SQL:2016 7.17 (duplicates are "not distinct")
-- order: final
SELECT * FROM (VALUES (1, CAST(NULL AS STRING)), (2, 'x'), (3, 'y')) AS l(k, v)
INTERSECT
SELECT * FROM (VALUES (1, CAST(NULL AS STRING)), (2, 'z'), (3, 'y')) AS r(k, v);
