-- source: Flink AggregateITCase#testSTDDEV (0.0 .. 9.0: expected 3.0276503540974917,2.8722813232690143)
-- order: final
CREATE TABLE MyTable (a DOUBLE, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT STDDEV_SAMP(a), STDDEV_POP(a) FROM MyTable GROUP BY c;
