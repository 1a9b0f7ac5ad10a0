-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (TO_CHANGELOG: "useful when you need to materialize changelog events into a downstream system that only supports appends"); an aggregation written through it to an append-only filesystem sink and read back; the aggregation's changes by GroupAggFunction's emission rules, by hand
CREATE TABLE orders (customer_id INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE sink (op STRING, customer_id INT, cnt BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
CREATE VIEW totals AS SELECT customer_id, COUNT(*) AS cnt FROM orders GROUP BY customer_id;
INSERT INTO sink SELECT * FROM TO_CHANGELOG(input => TABLE totals);
SELECT * FROM sink;
