-- source: Flink's sink check (StreamPhysicalSink / FlinkChangelogModeInferenceProgram): "Table sink '...' doesn't support consuming update changes which is produced by node GroupAggregate(...)"
-- fail: doesn't support consuming update changes
CREATE TABLE src (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE snk (a INT, c BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO snk SELECT a, COUNT(*) FROM src GROUP BY a;
