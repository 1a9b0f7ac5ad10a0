-- source: Flink UnnestITCase#testUnnestMultisetWithOrdinality (COLLECT per key, then UNNEST WITH ORDINALITY; retract sink: 1,Hi,1 1,Hello,2 2,World,1 3,Hello world,1)
-- order: final
CREATE TABLE T (a INT, b INT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
WITH T1 AS (SELECT a, COLLECT(c) as words FROM T GROUP BY a)
SELECT a, word, pos
FROM T1 CROSS JOIN UNNEST(words) WITH ORDINALITY AS A(word, pos);
