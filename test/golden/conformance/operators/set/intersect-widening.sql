-- source: Calcite SqlSetOperator (column types are the least restrictive of both inputs: INT and BIGINT give BIGINT, NOT NULL only when both are)
-- order: final
SELECT a, b FROM (VALUES (1, 'ab'), (2, 'cd')) AS t(a, b)
INTERSECT
SELECT a, b FROM (VALUES (CAST(2 AS BIGINT), CAST('cd' AS STRING)), (CAST(3 AS BIGINT), CAST('ef' AS STRING))) AS s(a, b);
