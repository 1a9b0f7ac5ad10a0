-- source: Flink CastFunctionITCase toStringCasts: CHAR(5) keeps its padding, BOOLEAN is TRUE, BINARY / VARBINARY / BYTES decode as UTF-8 (BINARY(3) of {0, 1} padded to \0\1\0), DECIMAL(4, 3) 9.87 is 9.870, DECIMAL(10, 5) 1 is 1.00000, FLOAT / DOUBLE as Java Float/Double.toString, DATE 2021-09-24
CREATE TABLE t (c5 CHAR(5), b BOOLEAN, bin2 BINARY(2), vb3 VARBINARY(3), bs BYTES, d43 DECIMAL(4, 3), d105 DECIMAL(10, 5), ti TINYINT, si SMALLINT, bi BIGINT, fl FLOAT, db DOUBLE, dt DATE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(CAST(c5 AS CHAR(5)) AS STRING) AS x0,
       CAST(b AS STRING) AS x1,
       CAST(bin2 AS STRING) AS x2,
       CAST(CAST(bin2 AS BINARY(3)) AS STRING) AS x3,
       CAST(vb3 AS STRING) AS x4,
       CAST(bs AS STRING) AS x5,
       CAST(d43 AS STRING) AS x6,
       CAST(d105 AS STRING) AS x7,
       CAST(ti AS STRING) AS x8,
       CAST(si AS STRING) AS x9,
       CAST(bi AS STRING) AS x10,
       CAST(fl AS STRING) AS x11,
       CAST(db AS STRING) AS x12,
       CAST(dt AS STRING) AS x13
FROM t;
