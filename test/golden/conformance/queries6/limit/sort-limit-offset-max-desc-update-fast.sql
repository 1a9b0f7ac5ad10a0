-- source: Flink SortLimitITCase data with ORDER BY MAX(b) DESC LIMIT 2 OFFSET 1 (UpdateFastStrategy: MAX over inserts increasing, descending order), by hand with UpdatableTopNFunction#processElementWithRowNumber / #emitRecordsWithRowNumber: a key moving up retracts its old rank (-U old) and shifts the rows it passes down one rank (-U / +U per rank of 2..3), ties keep arrival order
CREATE TABLE T (a INT, b INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, max(b) AS m FROM T GROUP BY a ORDER BY m DESC LIMIT 2 OFFSET 1;
