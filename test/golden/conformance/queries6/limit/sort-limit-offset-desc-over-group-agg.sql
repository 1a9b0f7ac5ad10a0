-- source: Flink SortLimitITCase#testRetractSortLimitWithOffset restated with b DESC: with an offset RetractableTopNFunction uses its row-number algorithms (no rank column): each rank of 2..3 whose row changes gets -U old / +U new, the rank that gains a row +I, the one that loses it -D; by hand: SUM(a) per b emits +I(1,1) +I(2,2) -U(2,2) +U(2,5) +I(3,4) -U(3,4) +U(3,9) -U(3,9) +U(3,15)
CREATE TABLE t (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, SUM(a) FROM t GROUP BY b ORDER BY b DESC LIMIT 2 OFFSET 1;
