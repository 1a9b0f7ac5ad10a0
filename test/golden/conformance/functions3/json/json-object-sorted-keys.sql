-- source: Flink JsonFunctionsITCase jsonSpec / jsonObjectSpec: JSON_OBJECT(KEY 'outerKey' VALUE 'outerValue', KEY 'nestedObject' VALUE JSON_OBJECT(KEY 'innerKey' VALUE JSON(f0))) is {"nestedObject":{"innerKey":{"key":"value"}},"outerKey":"outerValue"} (members sorted by key); TIMESTAMP values print as LocalDateTime ("1990-06-02T13:37:42.001"), maps sorted; JSON('') and JSON('    ') are JSON null
SELECT JSON_OBJECT(KEY 'outerKey' VALUE 'outerValue', KEY 'nestedObject' VALUE JSON_OBJECT(KEY 'innerKey' VALUE JSON(f0))) AS c0,
       JSON_OBJECT(KEY 'F' VALUE ts, KEY 'J' VALUE m) AS c1,
       JSON_OBJECT(KEY 'K' VALUE JSON('')) AS c2,
       JSON_ARRAY(JSON('    '), JSON(f0) NULL ON NULL) AS c3,
       JSON_STRING(m) AS c4,
       JSON_STRING(ts) AS c5
FROM (VALUES (CAST('{"key":"value"}' AS STRING), CAST(TIMESTAMP '1990-06-02 13:37:42.001' AS TIMESTAMP(3)),
              MAP['M2', 'V2', 'M1', 'V1'])) AS T(f0, ts, m);
