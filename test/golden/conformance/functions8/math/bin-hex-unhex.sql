-- source: Flink docs BIN / HEX / UNHEX (BIN(12) is '1100', BIN of a negative is the 64-bit two's complement; HEX of an integer is Long.toHexString upper case, of a string its UTF-8 bytes; UNHEX gives NULL for a non-hex digit), SqlFunctionUtils.bin / hex / unhex
SELECT NULLIF(CAST(BIN(12) AS STRING), '#') AS c0,
       NULLIF(CAST(BIN(0) AS STRING), '#') AS c1,
       NULLIF(CAST(BIN(-1) AS STRING), '#') AS c2,
       NULLIF(CAST(HEX(255) AS STRING), '#') AS c3,
       NULLIF(CAST(HEX(-1) AS STRING), '#') AS c4,
       NULLIF(CAST(HEX('ABC') AS STRING), '#') AS c5,
       NULLIF(CAST(HEX('你') AS STRING), '#') AS c6,
       NULLIF(CAST(CAST(UNHEX('414243') AS STRING) AS STRING), '#') AS c7,
       NULLIF(CAST(UNHEX('XY') AS STRING), '#') AS c8;
