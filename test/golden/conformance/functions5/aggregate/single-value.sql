-- source: Flink MiscAggFunctionITCase ("SINGLE_VALUE": a second value for group A fails with "SingleValueAggFunction received more than one element.")
-- fail: SingleValueAggFunction received more than one element.
CREATE TABLE t (f0 STRING, f1 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f0, SINGLE_VALUE(f1) FROM t GROUP BY f0;
