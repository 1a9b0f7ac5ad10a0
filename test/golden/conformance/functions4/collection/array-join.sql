-- source: Flink CollectionFunctionsITCase ARRAY_JOIN (f0 [abv, bbb, cb] NOT NULL, f1 [a, b, NULL], f2 [NULL, 1, NULL], f3 [NULL, NULL, 1, NULL, NULL], f4 NULL; a NULL delimiter or replacement gives NULL, a NULL element is skipped unless a replacement is given)
CREATE TABLE t (f1 ARRAY<STRING>, f2 ARRAY<STRING>, f3 ARRAY<STRING>, f4 ARRAY<STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_JOIN(ARRAY['abv', 'bbb', 'cb'], NULL) AS c0,
       ARRAY_JOIN(ARRAY['abv', 'bbb', 'cb'], '+', NULL) AS c1,
       ARRAY_JOIN(ARRAY['abv', 'bbb', 'cb'], '+') AS c2,
       ARRAY_JOIN(ARRAY['abv', 'bbb', 'cb'], '+', 'abc') AS c3,
       ARRAY_JOIN(ARRAY['abv', 'bbb', 'cb'], '') AS c4,
       ARRAY_JOIN(ARRAY['abv', 'bbb', 'cb'], '', ' ') AS c5,
       ARRAY_JOIN(f1, '+', 'abc') AS c6,
       ARRAY_JOIN(f1, '+', '') AS c7,
       ARRAY_JOIN(f1, '+') AS c8,
       ARRAY_JOIN(f1, '', '+') AS c9,
       ARRAY_JOIN(f1, ' ', ' ') AS c10,
       ARRAY_JOIN(f2, '+', 'abc') AS c11,
       ARRAY_JOIN(f2, '+') AS c12,
       ARRAY_JOIN(f2, '+', '') AS c13,
       ARRAY_JOIN(f2, '', ' ') AS c14,
       ARRAY_JOIN(f3, '+', 'abc') AS c15,
       ARRAY_JOIN(f3, '+', '') AS c16,
       ARRAY_JOIN(f3, '+', ' ') AS c17,
       ARRAY_JOIN(f3, ' ', ' ') AS c18,
       ARRAY_JOIN(f4, ' ', '') AS c19
FROM t;
