-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DATE,
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT YEAR(d) AS y, QUARTER(d) AS q, MONTH(d) AS m, WEEK(d) AS w, DAYOFYEAR(d) AS doy, DAYOFMONTH(d) AS dom, DAYOFWEEK(d) AS dow FROM t;
