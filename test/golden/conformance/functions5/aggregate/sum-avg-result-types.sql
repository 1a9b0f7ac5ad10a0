-- source: Flink SumAggFunction / AvgAggFunction / Sum0AggFunction and LogicalTypeMerging.findSumAggType / findAvgAggType (SUM and AVG keep TINYINT … DOUBLE, wrapping as Java's byte/short/int/long arithmetic; AVG of integers sums in BIGINT (IntegralAvgAggFunction) and casts the truncated quotient back; SUM(DECIMAL(p, s)) is DECIMAL(38, s), AVG(DECIMAL(p, s)) DECIMAL(38, max(6, s)) rounded HALF_UP; a group of NULLs gives NULL, $SUM0-like COALESCE gives 0); computed by hand
-- order: final
CREATE TABLE t (k STRING, ti TINYINT, si SMALLINT, i INT, bi BIGINT, f FLOAT, d DOUBLE, m DECIMAL(10, 2), n DECIMAL(10, 8)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k,
  SUM(ti) AS s1, SUM(si) AS s2, SUM(i) AS s3, SUM(bi) AS s4, SUM(f) AS s5, SUM(d) AS s6, SUM(m) AS s7, SUM(n) AS s8,
  AVG(ti) AS a1, AVG(si) AS a2, AVG(i) AS a3, AVG(bi) AS a4, AVG(d) AS a6, AVG(m) AS a7, AVG(n) AS a8,
  COALESCE(SUM(i), 0) AS z
FROM t GROUP BY k;
