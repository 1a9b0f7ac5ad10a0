-- source: Flink CastFunctionITCase toBinaryCasts: BINARY(2) from a string is its UTF-8 bytes trimmed or zero-padded to 2 (CHAR(4) '666F' is 66, 'a' is a\0, 'foobar' fo), from VARBINARY(3) / BYTES trimmed to 2, from BINARY(1) / VARBINARY(1) padded with a zero byte; VARBINARY(4) trims without padding; bytes printed as CAST(b AS STRING) (UTF-8)
CREATE TABLE t (c4 CHAR(4), s1 STRING, s6 STRING, vb3 VARBINARY(3), bs BYTES, b1 BINARY(1), vb1 VARBINARY(1), bn BINARY(5)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(c4 AS BINARY(2)) AS x0,
       CAST(s1 AS BINARY(2)) AS x1,
       CAST(s6 AS BINARY(2)) AS x2,
       CAST(vb3 AS BINARY(2)) AS x3,
       CAST(bs AS BINARY(2)) AS x4,
       CAST(b1 AS BINARY(2)) AS x5,
       CAST(vb1 AS BINARY(2)) AS x6,
       CAST(bn AS BINARY(2)) AS x7,
       CAST(s6 AS VARBINARY(4)) AS x8,
       CAST(s1 AS VARBINARY(4)) AS x9,
       CAST(bs AS BYTES) AS x10
FROM t;
