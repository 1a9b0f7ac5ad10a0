-- source: Flink docs (VALUES); by hand
SELECT x FROM (VALUES (1), (2.5), (10000000000)) AS t(x);
