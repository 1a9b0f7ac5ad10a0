-- source: Flink StreamExecLimit over an updating input (RetractableTopNFunction without sort key, no offset), by hand: COUNT(*) over 6 rows emits +I 1, then -U n / +U n+1 per row; each retraction deletes the only row of the limit (-D), each accumulate inserts the new count (+I)
CREATE TABLE t (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) AS n FROM t LIMIT 1;
