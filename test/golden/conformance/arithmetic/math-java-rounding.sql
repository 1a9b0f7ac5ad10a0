-- source: Flink evaluates LN / COS / TAN / POWER with java.lang.Math; the expected digits are java 17's Math.log(3), Math.cos(6), Math.tan(7), Math.pow(0.5, -1.5), 1.0 / Math.tan(7) (JavaScript's Math gives 1.0986122886681096, 0.9601702866503661, 0.8714479827243187, 2.82842712474619)
CREATE TABLE t (
  x DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT LN(x) AS l, COS(x) AS c, TAN(x) AS t, POWER(x, -1.5) AS p, COT(x) AS ct, LOG10(x) AS l10 FROM t;
