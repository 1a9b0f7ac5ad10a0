-- source: FlinkSqlParserImplTest#testColumnConstraints (sql2: h varchar unique)
-- fail: UNIQUE constraint is not supported yet
CREATE TABLE tbl1 (
  a BIGINT PRIMARY KEY NOT ENFORCED,
  h VARCHAR UNIQUE
) WITH ('connector' = 'datagen');
