-- source: Flink BitmapAggFunctionITCase#bitmapBuildAggTestCases "without retraction" (A: {-1,1,2,3,4} 5; B: {-1,1,2} 3; C: NULL) under mini-batch (the Alibaba VVR BITMAP docs recommend MiniBatch; results do not depend on it); final table
-- pk: f1
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '100';
CREATE TABLE t (f0 INT, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f1, BITMAP_BUILD_AGG(f0) AS b, BITMAP_BUILD_CARDINALITY_AGG(f0) AS c, COUNT(*) AS n FROM t GROUP BY f1;
