-- source: Flink MathAggFunctionITCase ("integer numeric": STDDEV/VAR of TINYINT … BIGINT keep the argument type, computed in it and truncated; "approximate numeric": FLOAT and DOUBLE rounded to 6 digits)
-- order: final
CREATE TABLE t (f0 STRING, f1 TINYINT, f2 SMALLINT, f3 INT, f4 BIGINT, f5 FLOAT, f6 DOUBLE, f7 DECIMAL(10, 2)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f0,
  STDDEV_POP(f1) AS a1, STDDEV_SAMP(f1) AS b1, VAR_POP(f1) AS c1, VAR_SAMP(f1) AS d1,
  STDDEV_POP(f2) AS a2, STDDEV_SAMP(f2) AS b2, VAR_POP(f2) AS c2, VAR_SAMP(f2) AS d2,
  STDDEV_POP(f3) AS a3, STDDEV_SAMP(f3) AS b3, VAR_POP(f3) AS c3, VAR_SAMP(f3) AS d3,
  STDDEV_POP(f4) AS a4, STDDEV_SAMP(f4) AS b4, VAR_POP(f4) AS c4, VAR_SAMP(f4) AS d4,
  ROUND(STDDEV_POP(f5), 6) AS a5, ROUND(STDDEV_SAMP(f5), 6) AS b5, ROUND(VAR_POP(f5), 6) AS c5, ROUND(VAR_SAMP(f5), 6) AS d5,
  ROUND(STDDEV_POP(f6), 6) AS a6, ROUND(STDDEV_SAMP(f6), 6) AS b6, ROUND(VAR_POP(f6), 6) AS c6, ROUND(VAR_SAMP(f6), 6) AS d6,
  STDDEV(f3) AS e3, VARIANCE(f3) AS v3
FROM t GROUP BY f0;
