-- source: Flink JsonFunctionsITCase jsonQuerySpec ("stringifying RETURNING<ARRAY>" and 'lax $.a[*].c'): JSON null elements are SQL NULL; objects print with their keys sorted (SqlJsonUtils' ORDER_MAP_ENTRIES_BY_KEYS): {"count":10,"itemId":1234}
SELECT JSON_QUERY(f0, '$.items' RETURNING ARRAY<STRING>) AS c0,
       JSON_QUERY(f1, '$.items' RETURNING ARRAY<STRING>) AS c1,
       JSON_QUERY(f2, '$.arr' RETURNING ARRAY<STRING>) AS c2,
       JSON_QUERY(f3, 'lax $.a[*].c' RETURNING ARRAY<STRING> ERROR ON ERROR ERROR ON EMPTY) AS c3,
       JSON_QUERY(f0, '$.items') AS c4
FROM (VALUES (CAST('{"items": [{"itemId":1234, "count":10}, null, {"itemId":4567, "count":11}]}' AS STRING),
              CAST('{"items": [[1234, 2345], null, ["itemId", "count"]]}' AS STRING),
              CAST('{"arr": ["abc", null, "def"]}' AS STRING),
              CAST('{"a":[{"c":null},{"c":"c2"}]}' AS STRING))) AS T(f0, f1, f2, f3);
