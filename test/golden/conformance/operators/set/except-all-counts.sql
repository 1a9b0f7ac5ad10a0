-- source: SQL:2016 7.17 / Flink RewriteMinusAllRule (EXCEPT ALL keeps max(m - n, 0) copies of each row)
-- order: final
SELECT a FROM (VALUES (1), (1), (1), (2), (3), (4)) AS t(a)
EXCEPT ALL
SELECT a FROM (VALUES (1), (3), (3), (5)) AS s(a);
