-- source: Flink TableSinkITCase#testCreateTableAsSelectWithColumnsFromQueryOnly (declared person STRING, votes DOUBLE override the query columns' types in place; BIGINT casts implicitly to DOUBLE: expected +I[jason, 1.0]), restated with a filesystem sink read back
-- order: any
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE MyCtasTable(`person` STRING, `votes` DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/ctas', 'format' = 'json') AS
  SELECT `person`, `votes` FROM src;
SELECT * FROM MyCtasTable;
