-- source: Flink SortLimitITCase#testRetractSortLimitWithOffset (ORDER BY a LIMIT 2 OFFSET 1 over MAX per a; expected 2,4 3,5), the changelog by hand: the UpdateFastStrategy (group key sort), with an offset UpdatableTopNFunction#processElementWithRowNumber: a key updated in place is -U / +U at its rank, a new key +I at the rank it takes; rank 1 is outside the window
CREATE TABLE T (a INT, b INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, max(b) FROM T GROUP BY a ORDER BY a LIMIT 2 OFFSET 1;
