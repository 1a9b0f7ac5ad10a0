-- source: Flink docs (VALUES); by hand
VALUES (1), (2), (3);
