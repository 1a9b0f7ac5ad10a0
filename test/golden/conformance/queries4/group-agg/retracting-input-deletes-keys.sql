-- source: Flink SplitAggregateITCase#testCountWithSingleDistinctAndRetraction (FLINK-23434) data, split off, changelog by hand with GroupAggFunction's rules (no mini-batch, one split: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's count reaches zero); the final rows are the ITCase's; the outer aggregation re-keys on the inner COUNT, so every inner update moves a row between outer keys
-- order: strict
CREATE TABLE T (a BIGINT, b INT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  b, COUNT(DISTINCT b1), COUNT(1)
FROM(
   SELECT
     a, COUNT(b) as b, MAX(b) as b1
   FROM T
   GROUP BY a
) GROUP BY b;
