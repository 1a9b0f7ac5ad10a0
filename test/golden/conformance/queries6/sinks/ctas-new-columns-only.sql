-- source: Flink TableSinkITCase#testCreateTableAsSelectWithNewColumnsOnly (declared columns p1 INT, p2 STRING the query lacks come first, then the query's: expected +I[null, null, jason, 1]), restated with a filesystem sink read back
-- order: any
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE MyCtasTable(`p1` INT, `p2` STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/ctas', 'format' = 'json') AS
  SELECT `person`, `votes` FROM src;
SELECT * FROM MyCtasTable;
