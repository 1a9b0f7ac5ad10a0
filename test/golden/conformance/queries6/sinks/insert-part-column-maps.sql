-- source: Flink TableSinkITCase#testInsertPartColumn (insert into zm_test(person, votes): the MAP columns, whatever the nullability of their key and value types, are NULL: expected +I[jason, 1, null, null, null, null] four times), restated with a filesystem sink read back
-- order: any
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE zm_test (
  `person` String,
  `votes` BIGINT,
  `m1` MAP<STRING, BIGINT>,
  `m2` MAP<STRING NOT NULL, BIGINT>,
  `m3` MAP<STRING, BIGINT NOT NULL>,
  `m4` MAP<STRING NOT NULL, BIGINT NOT NULL>
) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/zm', 'format' = 'json');
insert into zm_test(`person`, `votes`)
  select `person`, `votes` from src;
SELECT * FROM zm_test;
