-- source: Flink UrlFunctionsITCase (URL_DECODE, URL_DECODE_RECURSIVE, URL_ENCODE: java.net.URLEncoder/URLDecoder with UTF-8; an illegal escape gives NULL)
CREATE TABLE t (d0 STRING, d1 STRING, d2 STRING, d3 STRING, d4 STRING, d5 STRING, r0 STRING, r3 STRING, e3 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT URL_DECODE(d0) AS a1,
       URL_DECODE(d1) AS a2,
       URL_DECODE(d2) AS a3,
       URL_DECODE(d3) AS a4,
       URL_DECODE(d4) AS a5,
       URL_DECODE(d5) AS a6,
       URL_DECODE_RECURSIVE(r0, FALSE) AS b1,
       URL_DECODE_RECURSIVE(r0, TRUE) AS b2,
       URL_DECODE_RECURSIVE(d1, TRUE) AS b3,
       URL_DECODE_RECURSIVE(d2, TRUE) AS b4,
       URL_DECODE_RECURSIVE(r3, FALSE) AS b5,
       URL_DECODE_RECURSIVE(r3, TRUE) AS b6,
       URL_DECODE_RECURSIVE(d4, TRUE) AS b7,
       URL_DECODE_RECURSIVE(d5, TRUE) AS b8,
       URL_ENCODE(d1) AS c1,
       URL_ENCODE(d0) AS c2,
       URL_ENCODE(d2) AS c3,
       URL_ENCODE(e3) AS c4,
       URL_ENCODE(d4) AS c5
FROM t;
