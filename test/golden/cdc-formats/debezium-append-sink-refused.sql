-- source: Flink FlinkChangelogModeInferenceProgram (an append-only sink refuses a changelog source: "Table sink '…' doesn't support consuming update and delete changes which is produced by node TableSourceScan(…)")
-- fail: 10:1 Table sink 'default_catalog.default_database.copy' doesn't support consuming update and delete changes which is produced by node TableSourceScan
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
CREATE TABLE copy (id INT, name STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/copy', 'format' = 'json');
INSERT INTO copy SELECT id, name FROM products;
