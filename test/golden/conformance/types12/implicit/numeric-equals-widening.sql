-- source: Flink ImplicitConversionEqualsFunctionITCase implicitConversionBetweenNumeric (every numeric pair compares equal on 1) and implicitConversionBetweenTimeAndString (DATE / TIME / TIMESTAMP = their string form), here from nullable table columns
CREATE TABLE t (ti TINYINT, si SMALLINT, i INT, bi BIGINT, fl FLOAT, db DOUBLE, de DECIMAL(1, 0), d DATE, tm TIME(0), ts TIMESTAMP(6), sd STRING, st STRING, sts STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ti = de AS c0,
       si = fl AS c1,
       i = db AS c2,
       bi = de AS c3,
       fl = de AS c4,
       db = de AS c5,
       de = ti AS c6,
       bi = ti AS c7,
       d = sd AS c8,
       sd = d AS c9,
       tm = st AS c10,
       ts = sts AS c11,
       d = '2001-01-01' AS c12,
       ts = '2001-01-01 00:00:00' AS c13
FROM t;
