-- source: Calcite VALUES type derivation as Flink uses it (leastRestrictive per column: INT and DECIMAL(2, 1) give DECIMAL(11, 1); a NULL makes the column nullable)
SELECT * FROM (VALUES (1, CAST(NULL AS STRING)), (2.5, 'x')) AS t(a, b);
