-- source: Flink MathFunctionsITCase (MOD): DECIMAL(19, 0) % DECIMAL(19, 0) => DECIMAL(19, 0), DECIMAL(19, 0) % INT => INT, BIGINT % INT => INT (Calcite deriveDecimalModType: both scales 0 -> the divisor's type)
CREATE TABLE t (
  f0 DECIMAL(19, 0),
  f1 BIGINT,
  f2 INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT MOD(f0, f0) AS a, MOD(f0, 6) AS b, MOD(f1, f2) AS c FROM t;
