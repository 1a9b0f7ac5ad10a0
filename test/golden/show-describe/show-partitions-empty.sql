-- source: Flink docs (SHOW PARTITIONS lists the partitions the catalog holds; an in-memory catalog registers none for a filesystem table)
CREATE TABLE t (a INT, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
SHOW PARTITIONS t;
