-- source: Flink TableEnvironmentImpl#compilePlanAndWrite: an existing plan file without IF NOT EXISTS and with table.plan.force-recompile false is refused ('Cannot overwrite the plan file …'); with force-recompile true it is overwritten
-- fail: Either manually remove the file or, if you're debugging your job, set the option 'table.plan.force-recompile' to true.
CREATE TABLE src (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE k1 (a INT) WITH ('connector' = 'blackhole');
COMPILE PLAN '${tmpdir}/p.json' FOR INSERT INTO k1 SELECT a FROM src;
SET 'table.plan.force-recompile' = 'true';
COMPILE PLAN '${tmpdir}/p.json' FOR INSERT INTO k1 SELECT a FROM src;
RESET 'table.plan.force-recompile';
COMPILE PLAN '${tmpdir}/p.json' FOR INSERT INTO k1 SELECT a FROM src;
