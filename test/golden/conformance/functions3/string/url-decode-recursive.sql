-- source: Flink UrlFunctionsITCase (URL_DECODE_RECURSIVE)
SELECT url_decode_recursive(f0, false) AS c0,
       url_decode_recursive(f0, true) AS c1,
       url_decode_recursive(f1, true) AS c2,
       url_decode_recursive(f2, true) AS c3,
       url_decode_recursive(f3, false) AS c4,
       url_decode_recursive(f3, true) AS c5,
       url_decode_recursive(f4, true) AS c6,
       url_decode_recursive(f5, true) AS c7
FROM (VALUES (1, CAST('https%253A%252F%252Fflink.apache.org%252F' AS STRING), CAST('https://flink.apache.org/' AS STRING), CAST(NULL AS STRING), CAST('inva+lid%253A%252F%252Fuser%253Apass%2540host%252Ffile%253Bparam%253Fquery%253Bp2' AS STRING), CAST('' AS STRING), CAST('illegal escape pattern test%' AS STRING)),
             (2, CAST(NULL AS STRING), CAST(NULL AS STRING), CAST(NULL AS STRING), CAST(NULL AS STRING), CAST(NULL AS STRING), CAST(NULL AS STRING))) AS T(k, f0, f1, f2, f3, f4, f5)
WHERE k = 1;
