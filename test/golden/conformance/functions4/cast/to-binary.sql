-- source: Flink CastFunctionITCase allTypesBasic: BINARY(2) / VARBINARY(4) / BYTES targets (strings as UTF-8 bytes, BINARY pads with zero bytes, lengths truncate; printed as CAST(x AS STRING), the bytes decoded as UTF-8)
SELECT CAST(CAST('666F' AS CHAR(4)) AS BINARY(2)) AS x1,
       CAST(CAST('a' AS STRING) AS BINARY(2)) AS x2,
       CAST(CAST('FC' AS VARCHAR(4)) AS BINARY(2)) AS x3,
       CAST(CAST('foobar' AS STRING) AS BINARY(2)) AS x4,
       CAST(CAST(x'000102' AS VARBINARY(3)) AS BINARY(2)) AS x5,
       CAST(CAST(x'6f' AS BINARY(1)) AS BINARY(2)) AS x6,
       CAST(CAST(x'0b' AS BYTES) AS BINARY(2)) AS x7,
       CAST(CAST('foo' AS CHAR(4)) AS VARBINARY(4)) AS y1,
       CAST(CAST('foobar' AS VARCHAR(8)) AS VARBINARY(4)) AS y2,
       CAST(CAST(x'000102' AS VARBINARY(10)) AS VARBINARY(4)) AS y3,
       CAST(CAST(x'0001020304' AS BYTES) AS VARBINARY(4)) AS y4,
       CAST(CAST('foobar' AS VARCHAR(8)) AS BYTES) AS z1,
       CAST(CAST(x'0001' AS BINARY(2)) AS BYTES) AS z2;
