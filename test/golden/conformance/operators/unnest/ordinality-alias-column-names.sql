-- source: Flink UnnestITCase#testUnnestWithOrdinalityAliasColumnNames (columns x, y, ord); rows by UNNEST's definition
SELECT * FROM (VALUES('a')) AS T(x)
CROSS JOIN UNNEST(ARRAY[1,2,3]) WITH ORDINALITY AS U(y, ord);
