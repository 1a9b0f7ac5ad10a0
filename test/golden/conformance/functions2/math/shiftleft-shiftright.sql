-- source: Flink MathFunctionsITCase (SHIFTLEFT / SHIFTRIGHT): f0 = BIGINT 123456 NOT NULL; shiftleft (f0, 2) = 493824 and shiftright (f0, 2) = 30864, both BIGINT NOT NULL
CREATE TABLE t (
  f0 BIGINT NOT NULL
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT shiftleft (f0, 2) AS a, shiftright (f0, 2) AS b FROM t;
