-- source: Flink CalcITCase#testNonMergeableRandCall restated over VALUES (a Calc over a Calc, not over a scan): FlinkCalcMergeRule does not merge a projection whose non-deterministic expression RAND() the outer Calc uses twice, so r - r is 0.0 for every row
SELECT r - r AS z FROM (SELECT RAND() AS r FROM (VALUES (1), (2), (3)) AS v(x)) t1;
