-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (FROM_CHANGELOG's default mapping allows the reverse conversion of TO_CHANGELOG) and Flink's FromChangelogTestPrograms#ROUND_TRIP (FROM_CHANGELOG(TO_CHANGELOG(table)) recovers the original changes)
CREATE TABLE orders (id INT, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
CREATE VIEW changelog_view AS SELECT * FROM TO_CHANGELOG(input => TABLE orders);
SELECT * FROM FROM_CHANGELOG(input => TABLE changelog_view);
