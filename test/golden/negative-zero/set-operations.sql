-- source: Flink plans UNION as UNION ALL + a GroupAggregate on every column, INTERSECT / EXCEPT as a semi / anti join on every column (ReplaceIntersectWithSemiJoinRule, ReplaceMinusWithAntiJoinRule) + a distinct GroupAggregate; join and group keys are BinaryRowData (raw bits: -0.0 and 0.0 are two keys, so t1's 0.0 finds no 0.0 in t2); by hand
-- order: final
CREATE TABLE t1 (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input:t1}', 'format' = 'json');
CREATE TABLE t2 (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input:t2}', 'format' = 'json');
SELECT d FROM t1 UNION SELECT d FROM t2;
SELECT d FROM t1 INTERSECT SELECT d FROM t2;
SELECT d FROM t1 EXCEPT SELECT d FROM t2;
