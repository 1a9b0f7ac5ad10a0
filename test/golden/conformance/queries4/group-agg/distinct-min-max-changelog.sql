-- source: Flink SplitAggregateITCase#testSingleDistinctAggWithAndNonDistinctAggOnSameColumn data, changelog by hand with GroupAggFunction's rules (no mini-batch, one split: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's count reaches zero); the final rows are the ITCase's
-- order: strict
CREATE TABLE T (a BIGINT, b INT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, COUNT(DISTINCT b), MAX(b), MIN(b) FROM T GROUP BY a;
