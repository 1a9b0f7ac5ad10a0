-- source: SQL INTERSECT semantics over Flink's streaming plan (an updating left input: the filtered aggregate retracts and re-emits c; the retract sink's final rows are a and c)
-- order: final
CREATE TABLE t (k STRING) WITH ('connector' = 'filesystem', 'path' = '${input:t}', 'format' = 'json');
CREATE TABLE s (k STRING) WITH ('connector' = 'filesystem', 'path' = '${input:s}', 'format' = 'json');
SELECT k FROM (SELECT k, COUNT(*) AS c FROM t GROUP BY k) WHERE c >= 2
INTERSECT
SELECT k FROM s;
