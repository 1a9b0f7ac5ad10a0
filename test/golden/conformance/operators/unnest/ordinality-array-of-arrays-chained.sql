-- source: Flink UnnestITCase#testUnnestArrayOfArrayWithOrdinality (two CROSS JOIN UNNEST ... WITH ORDINALITY in a row)
CREATE TABLE T (id INT, nested_array ARRAY<ARRAY<INT>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, array_val, array_pos, `element`, element_pos
FROM T
CROSS JOIN UNNEST(nested_array) WITH ORDINALITY AS A(array_val, array_pos)
CROSS JOIN UNNEST(array_val) WITH ORDINALITY AS B(`element`, element_pos);
