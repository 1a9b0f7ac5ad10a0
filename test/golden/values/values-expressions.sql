-- source: Flink docs (VALUES); by hand
SELECT id * 2 AS d, CAST(UPPER(name) AS STRING) AS u FROM (VALUES (1, 'x'), (2, 'y')) AS t(id, name);
