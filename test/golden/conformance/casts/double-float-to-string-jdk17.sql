-- source: Flink's CAST(DOUBLE/FLOAT AS STRING) is Java's Double.toString / Float.toString; the digits are what JDK 17 (Flink 2.x's runtime) prints, checked with java 17's Double.toString / Float.toString
CREATE TABLE t (
  d DOUBLE,
  f FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(d AS STRING) AS ds, CAST(f AS STRING) AS fs, d, f FROM t;
