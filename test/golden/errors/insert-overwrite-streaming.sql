-- source: Flink FileSystemTableSink (streaming mode refuses overwrite: "Streaming mode not support overwrite.") and DynamicSinkUtils (sinks without SupportsOverwrite); every Eddy statement runs in streaming mode; position by hand
-- fail: 4:1 Streaming mode not support overwrite.
CREATE TABLE s (a INT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT OVERWRITE s SELECT 1;
