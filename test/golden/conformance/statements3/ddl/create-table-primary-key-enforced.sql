-- source: FlinkSqlParserImplTest#testTableConstraints (SqlConstraintValidator: a PRIMARY KEY without NOT ENFORCED is refused)
-- fail: Flink doesn't support ENFORCED mode for PRIMARY KEY constraint
CREATE TABLE tbl1 (
  a BIGINT,
  h VARCHAR,
  b VARCHAR,
  PRIMARY KEY (a, b)
) WITH ('connector' = 'datagen');
