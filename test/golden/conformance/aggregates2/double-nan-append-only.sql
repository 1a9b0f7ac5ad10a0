-- source: Flink MaxAggFunction / MinAggFunction over an insert-only input (declarative: IF(operand > max, operand, max), compiled to Java's primitive > / <, false for NaN and for -0.0 vs 0.0): a NaN after a number is ignored, a NaN first stays, the first of -0.0 / 0.0 stays; CAST of 'NaN' / '-0.0' as Double#parseDouble; changelog by hand with GroupAggFunction's rules
-- pk: k
CREATE TABLE t (k STRING, s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, MAX(CAST(s AS DOUBLE)) AS mx, MIN(CAST(s AS DOUBLE)) AS mn FROM t GROUP BY k;
