-- source: Flink SortLimit over an updating input with OFFSET: RetractStrategy (MAX increasing, ascending order: not monotonic), and RetractableTopNFunction then uses its row-number algorithms (no rank column): each rank of 2..3 whose row changes gets -U old / +U new, the rank that gains a row +I, the one that loses it -D; by hand: MAX(a) per b emits +I(1,5) +I(2,3) +I(3,1) -U(3,1) +U(3,4)
CREATE TABLE t (a INT, b BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, MAX(a) AS mx FROM t GROUP BY b ORDER BY mx LIMIT 2 OFFSET 1;
