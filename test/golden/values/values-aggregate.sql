-- source: Flink docs (VALUES then GROUP BY); by hand; group aggregation changelog
-- pk: name
SELECT name, SUM(v) AS total FROM (VALUES ('a', 1), ('b', 2), ('a', 3)) AS t(name, v) GROUP BY name;
