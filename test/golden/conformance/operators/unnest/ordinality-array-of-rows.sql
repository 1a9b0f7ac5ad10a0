-- source: Flink UnnestITCase#testUnnestArrayOfRowsFromTableWithOrdinality (a ROW element expands into its fields, then the ordinality)
CREATE TABLE T (a INT, b ARRAY<ROW<x INT, y STRING>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, s, t, o FROM T, UNNEST(T.b) WITH ORDINALITY AS A(s, t, o);
