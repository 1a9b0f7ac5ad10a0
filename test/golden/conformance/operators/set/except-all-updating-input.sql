-- source: SQL EXCEPT ALL semantics over Flink's streaming plan (RewriteMinusAllRule on an updating input: the per-key counts are retracted and re-emitted; final rows by hand)
-- order: final
CREATE TABLE t (k STRING) WITH ('connector' = 'filesystem', 'path' = '${input:t}', 'format' = 'json');
CREATE TABLE s (k STRING) WITH ('connector' = 'filesystem', 'path' = '${input:s}', 'format' = 'json');
SELECT k, c FROM (SELECT k, COUNT(*) AS c FROM t GROUP BY k)
EXCEPT ALL
SELECT k, CAST(1 AS BIGINT) FROM s;
