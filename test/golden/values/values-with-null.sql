-- source: Flink docs (VALUES); by hand
SELECT id, name FROM (VALUES (1, CAST(NULL AS STRING)), (2, 'b')) AS t(id, name);
