-- source: Flink StringCallGen (ENCODE is String#getBytes(charset), DECODE is new String(bytes, charset): Java maps an unmappable code point to '?' in US-ASCII / ISO-8859-1, a byte above 0x7F to U+FFFD in US-ASCII, a lone surrogate to '?' in UTF-8; UTF-16 writes a FE FF byte-order mark), EltFunction (an index outside 1..n, also a BIGINT beyond INT, is NULL); results by hand
CREATE TABLE t (s STRING, i INT, b BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  TO_BASE64(ENCODE('aé€😀', 'US-ASCII')) AS a1,
  TO_BASE64(ENCODE('aé€', 'ISO-8859-1')) AS a2,
  TO_BASE64(ENCODE('ab', 'UTF-16')) AS a3,
  TO_BASE64(ENCODE('ab', 'UTF-16BE')) AS a4,
  TO_BASE64(ENCODE('ab', 'UTF-16LE')) AS a5,
  DECODE(X'61E3', 'US-ASCII') AS d1,
  DECODE(X'61E3', 'ISO-8859-1') AS d2,
  DECODE(ENCODE('Straße 😀', 'UTF-8'), 'UTF-8') AS d3,
  DECODE(ENCODE('ab', 'UTF-16'), 'UTF-16') AS d4,
  ELT(i, s, 'y') AS e0,
  ELT(i + 3, s, 'y') AS e3,
  ELT(i + 2, s, 'y') AS e2,
  ELT(i + 1, s, 'y') AS e1,
  ELT(b, s, 'y') AS ebig,
  ELT(i - 1, s, 'y') AS eneg
FROM t;
