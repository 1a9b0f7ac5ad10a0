-- source: Flink UnnestITCase#testUnnestFromTableWithOrdinality (SELECT a, s, o FROM T, UNNEST(T.c) WITH ORDINALITY as A (s, o))
CREATE TABLE T (a INT, b BIGINT, c ARRAY<STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, s, o FROM T, UNNEST(T.c) WITH ORDINALITY as A (s, o);
