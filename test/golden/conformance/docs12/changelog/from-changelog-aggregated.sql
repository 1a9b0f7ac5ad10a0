-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (FROM_CHANGELOG gives an updating table "that you can query, join, and aggregate over"); COUNT(*) and MAX over its changes by GroupAggFunction's emission rules (a -U/-D retracts), by hand
CREATE TABLE cdc_stream (id INT, op STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) AS cnt, MAX(name) AS max_name FROM FROM_CHANGELOG(input => TABLE cdc_stream);
