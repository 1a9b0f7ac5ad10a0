-- source: FlinkSqlParserImplTest#testColumnConstraints (a column PRIMARY KEY without NOT ENFORCED is refused)
-- fail: Flink doesn't support ENFORCED mode for PRIMARY KEY constraint
CREATE TABLE tbl1 (
  a BIGINT PRIMARY KEY,
  b VARCHAR
) WITH ('connector' = 'datagen');
