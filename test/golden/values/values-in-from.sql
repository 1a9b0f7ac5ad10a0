-- source: Flink docs (VALUES); by hand
SELECT * FROM (VALUES (1, 'a'), (2, 'bcd')) AS t(id, name);
