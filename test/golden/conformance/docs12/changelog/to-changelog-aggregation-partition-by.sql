-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (Basic usage over a retract table from an aggregation; Partitioning by a key: input (name, id, cnt), output with PARTITION BY id is [id, op, name, cnt]); the aggregation's changes by GroupAggFunction's emission rules (+I for a new key, -U/+U when the count changes), each turned into an insert, by hand
CREATE TABLE clicks (name STRING, id INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW my_aggregation AS SELECT name, id, COUNT(*) AS cnt FROM clicks GROUP BY name, id;
SELECT * FROM TO_CHANGELOG(input => TABLE my_aggregation);
SELECT * FROM TO_CHANGELOG(input => TABLE my_aggregation PARTITION BY id);
