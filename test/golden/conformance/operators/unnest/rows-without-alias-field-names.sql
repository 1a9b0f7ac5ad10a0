-- source: Flink UnnestITCase#testUnnestObjectArrayWithoutAlias (fields keep the ROW's names: A._1, A._2; expected 2,14,45.2136 and 3,18,42.6)
CREATE TABLE T (a INT, b ARRAY<ROW<_1 INT, _2 STRING>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, A._1, A._2 FROM T, UNNEST(T.b) AS A where A._1 > 13;
