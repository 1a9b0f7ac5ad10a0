-- source: https://docs.confluent.io/cloud/current/flink/reference/queries/select.html (Confluent Cloud for Apache Flink, SELECT Statement: Usage, the clicks table populated with INSERT INTO … VALUES, then SELECT *, SELECT DISTINCT * and SELECT … WHERE ip_address='10.0.0.1' with the rows the page shows); the table is a filesystem table here (Confluent's is a Kafka topic); SELECT DISTINCT keeps the first of each duplicate as an insert (GroupAggFunction: an unchanged group emits nothing)
CREATE TABLE clicks (
  ip_address VARCHAR,
  url VARCHAR,
  click_ts_raw BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO clicks
VALUES( '10.0.0.1',  'https://acme.com/index.html',     1692812175),
      ( '10.0.0.12', 'https://apache.org/index.html',   1692826575),
      ( '10.0.0.13', 'https://confluent.io/index.html', 1692826575),
      ( '10.0.0.1',  'https://acme.com/index.html',     1692812175),
      ( '10.0.0.12', 'https://apache.org/index.html',   1692819375),
      ( '10.0.0.13', 'https://confluent.io/index.html', 1692826575);
SELECT * FROM clicks;
SELECT DISTINCT * FROM clicks;
SELECT * FROM clicks WHERE ip_address='10.0.0.1';
