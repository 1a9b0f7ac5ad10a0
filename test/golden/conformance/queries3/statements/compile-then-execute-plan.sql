-- source: Flink COMPILE PLAN / EXECUTE PLAN (docs: 'Upgrading plans', TableEnvironmentImpl#compilePlanAndWrite / executePlan): COMPILE PLAN writes the INSERT's plan without running it (the sink ends with one run's rows, not two), IF NOT EXISTS keeps the existing file (its plan, a + 100, is what EXECUTE PLAN later runs, not the second statement's a + 1), EXECUTE PLAN runs it; the file holds Eddy's compiled plan, not Flink's JSON; rows by hand, read back from the filesystem sink
-- order: any
CREATE TABLE src (a INT, s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE k1 (a INT, s STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/out', 'format' = 'json');
COMPILE PLAN '${tmpdir}/plan.json' FOR INSERT INTO k1 SELECT a + 100, s FROM src;
COMPILE PLAN '${tmpdir}/plan.json' IF NOT EXISTS FOR INSERT INTO k1 SELECT a + 1, s FROM src;
EXECUTE PLAN '${tmpdir}/plan.json';
SELECT * FROM k1;
