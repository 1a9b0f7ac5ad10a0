-- source: Flink DecimalCastTest testCastToNumeric / testCastToFloat (DECIMAL(38, 18) to TINYINT..BIGINT drops the fraction, out of range wraps as the Java narrowing of BigDecimal#longValue: 128 is -128 as TINYINT, 32768 -32768 as SMALLINT, 2147483648 -2147483648 as INT, 9223372036854775808 -9223372036854775808 as BIGINT)
CREATE TABLE t (x DECIMAL(38, 18), b128 DECIMAL(38, 18), b32768 DECIMAL(38, 18), b2p31 DECIMAL(38, 18), b2p63 DECIMAL(38, 18), y DECIMAL(38, 18)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(x AS TINYINT) AS c0,
       CAST(x AS SMALLINT) AS c1,
       CAST(x AS INT) AS c2,
       CAST(x AS BIGINT) AS c3,
       CAST(y AS INT) AS c4,
       CAST(b128 AS TINYINT) AS c5,
       CAST(b32768 AS SMALLINT) AS c6,
       CAST(b2p31 AS INT) AS c7,
       CAST(b2p63 AS BIGINT) AS c8,
       CAST(x AS FLOAT) AS c9,
       CAST(x AS DOUBLE) AS c10,
       CAST(y AS DOUBLE) AS c11,
       CAST(x - x AS DOUBLE) AS c12
FROM t;
