-- source: Flink JsonFunctionsITCase jsonQuerySpec "Typed RETURNING ARRAY<T> support" and "Type mismatch with ON ERROR behavior": ARRAY<BIGINT> [1, 9999999999], ARRAY<DOUBLE> [1.5, 2.5], ARRAY<BOOLEAN> [TRUE, FALSE], ARRAY<INT> with a JSON null [1, NULL, 3]; strings into ARRAY<INT> give NULL ON ERROR / [] with EMPTY ARRAY ON ERROR; nested arrays into ARRAY<INT> NULL ON ERROR give NULL
SELECT JSON_QUERY(f0, '$.bigints' RETURNING ARRAY<BIGINT>) AS c0,
       JSON_QUERY(f0, '$.doubles' RETURNING ARRAY<DOUBLE>) AS c1,
       JSON_QUERY(f0, '$.bools' RETURNING ARRAY<BOOLEAN>) AS c2,
       JSON_QUERY(f0, '$.withNull' RETURNING ARRAY<INT>) AS c3,
       JSON_QUERY(f1, '$.strings' RETURNING ARRAY<INT> NULL ON ERROR) AS c4,
       JSON_QUERY(f1, '$.strings' RETURNING ARRAY<INT> EMPTY ARRAY ON ERROR) AS c5,
       JSON_QUERY(f2, '$.a' RETURNING ARRAY<INT> NULL ON ERROR) AS c6
FROM (VALUES (CAST('{"ints": [1, 2, 3], "doubles": [1.5, 2.5], "bools": [true, false], "withNull": [1, null, 3], "bigints": [1, 9999999999]}' AS STRING),
              CAST('{"strings": ["a", "b"]}' AS STRING),
              CAST('{"a":[[1,2],[3,4]]}' AS STRING))) AS T(f0, f1, f2);
