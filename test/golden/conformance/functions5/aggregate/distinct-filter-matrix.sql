-- source: Flink docs (Aggregate Functions: COUNT/SUM/AVG/MIN/MAX/STDDEV_POP/VAR_SAMP with [ALL | DISTINCT] and FILTER (WHERE …)); result types from Flink's SumAggFunction / AvgAggFunction (SUM(INT) INT, AVG(INT) INT truncated, SUM(DECIMAL(10, 2)) DECIMAL(38, 2), AVG DECIMAL(38, 6) HALF_UP); STDDEV/VAR FILTER applied to every part of the reduction (FLINK-38400); computed by hand
-- order: final
CREATE TABLE t (k STRING, x INT, d DOUBLE, m DECIMAL(10, 2)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k,
  COUNT(x) AS c, COUNT(DISTINCT x) AS cd, COUNT(*) FILTER (WHERE x > 1) AS cf, COUNT(DISTINCT x) FILTER (WHERE x > 1) AS cdf,
  SUM(x) AS s, SUM(DISTINCT x) AS sd, SUM(x) FILTER (WHERE x < 10) AS sf, SUM(DISTINCT x) FILTER (WHERE x < 10) AS sdf,
  AVG(x) AS a, AVG(DISTINCT x) AS ad, MIN(x) FILTER (WHERE x > 1) AS mnf, MAX(x) FILTER (WHERE x < 10) AS mxf,
  ROUND(STDDEV_POP(d) FILTER (WHERE x < 10), 6) AS sdpf, ROUND(VAR_SAMP(d) FILTER (WHERE x < 10), 6) AS vsf
FROM t GROUP BY k;
SELECT k, SUM(m) AS s, SUM(DISTINCT m) AS sd, AVG(m) AS a, AVG(DISTINCT m) AS ad, AVG(m) FILTER (WHERE x < 10) AS af
FROM t GROUP BY k;
