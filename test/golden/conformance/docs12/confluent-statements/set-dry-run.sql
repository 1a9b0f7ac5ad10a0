-- source: https://docs.confluent.io/cloud/current/flink/reference/statements/set.html (Confluent Cloud for Apache Flink, SET Statement: sql.dry-run "If true, the statement is parsed and validated but not executed"): the query after it prints no rows, a query that does not validate still fails with its position
-- fail: 5:8 Column 'nope' not found
SET 'sql.dry-run' = 'true';
SELECT 1;
SELECT nope FROM (VALUES (1)) AS t(a);
