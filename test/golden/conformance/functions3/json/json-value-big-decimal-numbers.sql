-- source: Flink JsonFunctionsITCase jsonValueSpec (json-value.json): JSON_VALUE(f0, '$.longBalance') is '123456789.987654321' and '$.balance' '13.37' (SqlJsonUtils reads floats as BigDecimal, USE_BIG_DECIMAL_FOR_FLOATS); RETURNING DOUBLE is 1.2345678998765433E8; 1e2 prints as BigDecimal's '1E+2'
SELECT JSON_VALUE(f0, '$.longBalance') AS c0,
       JSON_VALUE(f0, '$.balance') AS c1,
       JSON_VALUE(f0, '$.longBalance' RETURNING DOUBLE) AS c2,
       JSON_VALUE(f0, '$.e') AS c3,
       JSON_VALUE(f0, '$.age') AS c4
FROM (VALUES (CAST('{"age": 42, "balance": 13.37, "longBalance": 123456789.987654321, "e": 1e2}' AS STRING))) AS T(f0);
