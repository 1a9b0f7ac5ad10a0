-- source: Flink's FromChangelogTestPrograms#RETRACT_PARTITION_BY (source (name, id, op) PARTITION BY id gives (id, name): partition keys first) and #DELETION_FLAG_PARTITION_BY (MAP['false', 'INSERT', 'true', 'DELETE'] over (id, deleted, name))
CREATE TABLE cdc_stream (name STRING, id INT, op STRING) WITH ('connector' = 'filesystem', 'path' = '${input:a}', 'format' = 'json');
CREATE TABLE flags (id INT, deleted STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input:b}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_stream PARTITION BY id);
SELECT * FROM FROM_CHANGELOG(
  input => TABLE flags PARTITION BY id,
  op => DESCRIPTOR(deleted),
  op_mapping => MAP['false', 'INSERT', 'true', 'DELETE']
);
