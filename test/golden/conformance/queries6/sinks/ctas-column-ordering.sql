-- source: Flink TableSinkITCase#testCreateTableAsSelectWithColumnOrdering (CREATE TABLE MyCtasTable(votes, person) … AS SELECT person, votes: the names reorder the query's columns, MergeTableAsUtil#reorderSchema; expected +I[1, jason] four times), restated with a filesystem sink read back
-- order: any
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE MyCtasTable(votes, person) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/ctas', 'format' = 'json') AS
  SELECT `person`, `votes` FROM src;
SELECT * FROM MyCtasTable;
