-- source: Flink AggregateITCase#testBigDataOfMinMaxWithBinaryString (strings compare as text: max(c) of group 2 is 92, min(c) is 12)
-- order: final
CREATE TABLE T (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, min(b), max(c), min(c) FROM T GROUP BY a;
