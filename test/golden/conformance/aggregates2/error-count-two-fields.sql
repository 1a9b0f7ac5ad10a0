-- source: Flink AggFunctionFactory ('case _: SqlCountAggFunction if call.getArgList.size() > 1 => throw new TableException("We now only support the count of one field.")'), AggregateTest#testCannotCountOnMultiFields; COUNT(DISTINCT a, b) stays allowed (count-distinct-two-args-retract)
-- fail: We now only support the count of one field.
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, COUNT(v, s) FROM t GROUP BY k;
