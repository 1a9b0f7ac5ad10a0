-- source: Flink docs sql_functions.yml "variant '[' INT ']'" (PR #27330: an ARRAY value's element, the index starts from 1, NULL out of range) and "variant '[' STRING ']'" (the field's value as a VARIANT, else NULL), result type nullable VARIANT; a JSON null field is a VARIANT null value, not SQL NULL (BinaryVariant.getField)
-- order: strict
CREATE TABLE t (id INT, j STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, v['a'] AS a, v['a'][1] AS a1, v['a'][3]['b'] AS a3b, v['a'][4] AS a4, v['n'] AS n, v['n'] IS NULL AS n_is_null, v['zz'] IS NULL AS zz_is_null, v[2] AS snd
FROM (SELECT id, PARSE_JSON(j) AS v FROM t);
