-- source: Flink AggregateITCase#testPrecisionForSumWithRetractAggregationOnDecimal (an I,D changelog source; SUM keeps DECIMAL(38, s) of the argument's scale through retraction; expected 6.41671935, 65947.23071935707000000000, 609.02867403703699700000 for d = 'a', no row for 'b'), the changelog restated as an upsert view by id; the test builds its BigDecimals from Scala doubles, so the values are Double.toString of the literals (12345.035202748653, 21245.542202748653, 242.78594201234566)
-- order: final
CREATE TABLE t0 (id INT, a DECIMAL(32, 8), b DECIMAL(32, 20), c DECIMAL(32, 20), d STRING, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW T AS
SELECT a, b, c, d
FROM (SELECT id, LAST_VALUE(a) AS a, LAST_VALUE(b) AS b, LAST_VALUE(c) AS c, LAST_VALUE(d) AS d, LAST_VALUE(del) AS del FROM t0 GROUP BY id)
WHERE NOT del;
SELECT sum(a), sum(b), sum(c) FROM T GROUP BY d;
