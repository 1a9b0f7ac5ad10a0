-- source: Flink MapTypeTest testMapLiteral / testInputTypeGeneralization (values as CAST(x AS STRING)); key and value types the least restrictive of the keys / values (SqlMapValueConstructor)
SELECT MAP[CAST(1 AS DOUBLE), 'ABC'] AS c0,
       MAP[1, 1] AS c1,
       map[TRUE, TRUE] AS c2,
       MAP[MAP[1, 2], MAP[3, 4]] AS c3,
       map[1, NULLIF(1,1)] AS c4,
       MAP[1, CAST(2 AS BIGINT)] AS c5,
       MAP[DATE '1985-04-11', TIME '14:15:16'] AS c6,
       MAP[TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16'] AS c7,
       MAP[TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16.123'] AS c8,
       MAP[TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16.123456'] AS c9,
       MAP[CAST(2.0002 AS DECIMAL(5, 4)), CAST(2.0003 AS DECIMAL(5, 4))] AS c10,
       MAP['k1', CAST(1 AS DOUBLE)] AS c11;
