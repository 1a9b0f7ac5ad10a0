-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SIN(d) AS s, COS(d) AS c, TAN(d) AS t, ASIN(d + 1) AS asn, ACOS(d + 1) AS acs, ATAN(d + 1) AS atn, ATAN2(d + 1, d + 1) AS at2 FROM t;
