-- source: Flink docs, JSON functions, JSON_QUERY ("Scalars must be wrapped to be returned": JSON_QUERY(1, '$') is NULL, JSON_QUERY(1, '$' WITH CONDITIONAL ARRAY WRAPPER) is '[1]'); SqlJsonQueryFunction takes any type as its first operand (OperandTypes.family ANY) and JsonQueryCallGen parses its toString(); an INT column computed by hand the same way (SqlJsonUtils.jsonQuery: lax scalar without wrapper is empty, NULL ON EMPTY)
SELECT JSON_QUERY(1, '$') AS a,
       JSON_QUERY(1, '$' WITH CONDITIONAL ARRAY WRAPPER) AS b,
       JSON_QUERY(n, '$') AS c,
       JSON_QUERY(n, '$' WITH UNCONDITIONAL ARRAY WRAPPER) AS d
FROM (VALUES (5)) AS T(n);
