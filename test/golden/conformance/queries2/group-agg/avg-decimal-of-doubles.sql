-- source: Flink AggregateITCase#testPrecisionForAvgAggregationOnDecimal, second part (AVG(CAST(a AS DECIMAL(32, 8))) of 2.22222222 and 3.33333333: 2.77777778, the sum's scale kept and the quotient rounded HALF_UP); changelog of a global aggregation by hand
-- order: strict
CREATE TABLE T (a DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT AVG(CAST(a AS DECIMAL(32, 8))) AS av FROM T;
