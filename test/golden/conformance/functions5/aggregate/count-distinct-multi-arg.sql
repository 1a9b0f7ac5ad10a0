-- source: Flink docs (COUNT([ ALL ] expression | DISTINCT expression1 [, expression2]*): rows where every expression is non-NULL, distinct combinations), Calcite's COUNT with several arguments; COUNT(a, b) without DISTINCT is refused by Flink's AggFunctionFactory ('We now only support the count of one field', AggregateTest#testCannotCountOnMultiFields: see aggregates2/error-count-two-fields); computed by hand
-- order: final
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(DISTINCT a, b) AS cdab, COUNT(DISTINCT a) AS cda, COUNT(DISTINCT b) AS cdb, COUNT(*) AS c,
  COUNT(DISTINCT a, b) FILTER (WHERE a = 1) AS cdf
FROM t;
