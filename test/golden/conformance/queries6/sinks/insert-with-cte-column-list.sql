-- source: Flink TableSinkITCase#testInsertWithCTE (INSERT INTO test_sink (id, person, votes) WITH cte AS (…) SELECT * FROM cte: the unlisted city and age are NULL; expected +I[1, jason, 3, null, null] …), restated with a filesystem sink (no primary key) read back
-- order: any
CREATE TABLE test_source (id BIGINT, person STRING, votes BIGINT, city STRING, age INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE test_sink (id BIGINT, person STRING, votes BIGINT, city STRING, age INT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/sink', 'format' = 'json');
INSERT INTO test_sink (id, person, votes)
  WITH cte AS (SELECT id, person, votes FROM test_source) SELECT * FROM cte;
SELECT * FROM test_sink;
