-- source: Flink UnnestITCase#testUnnestObjectArrayFromTableWithFilter (UNNEST of an ARRAY of tuples aliased A (s, t), WHERE s > 13; expected 2,[13,41.6, 14,45.2136],14,45.2136 and 3,[18,42.6],18,42.6, the array shown here as CAST(... AS STRING) prints it)
CREATE TABLE T (a INT, b ARRAY<ROW<_1 INT, _2 STRING>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b, s, t FROM T, UNNEST(T.b) AS A (s, t) WHERE s > 13;
