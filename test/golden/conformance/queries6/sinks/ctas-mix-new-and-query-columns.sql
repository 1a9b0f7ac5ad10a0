-- source: Flink TableSinkITCase#testCreateTableAsSelectWithMixOfNewColumnsAndQueryColumns (p1 INT new, votes DOUBLE overrides, votes_2x AS votes * 2 new: the physical row is +I[null, jason, 1.0]); MergeTableAsUtil#mergeColumns puts the declared-only columns (p1, votes_2x) before the query's (person, votes), so SELECT * reads p1, votes_2x, person, votes; restated with a filesystem sink read back
-- order: any
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE MyCtasTable(`p1` INT, `votes` DOUBLE, `votes_2x` AS `votes` * 2) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/ctas', 'format' = 'json') AS
  SELECT `person`, `votes` FROM src;
SELECT * FROM MyCtasTable;
