-- source: Flink's ENCODE / DECODE run Java's String#getBytes(charset) / new String(bytes, charset): a code point US-ASCII or ISO-8859-1 cannot map becomes '?' (0x3F, once per code point), a US-ASCII byte above 0x7F decodes to U+FFFD; UTF-16 writes a byte-order mark
CREATE TABLE t (s STRING, s2 STRING, s3 STRING, s4 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT HEX(ENCODE(s, 'US-ASCII')) AS a,
       HEX(ENCODE(s2, 'ISO-8859-1')) AS b,
       DECODE(ENCODE(s3, 'ISO-8859-1'), 'US-ASCII') AS c,
       DECODE(ENCODE(s3, 'ISO-8859-1'), 'ISO-8859-1') AS d,
       HEX(ENCODE(s4, 'UTF-16')) AS e,
       DECODE(ENCODE(s4, 'UTF-16'), 'UTF-16') AS f,
       HEX(ENCODE(s4, 'UTF-8')) AS g
FROM t;
