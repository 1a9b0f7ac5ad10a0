-- source: FlinkSqlParserImplTest#testUniqueTableConstraint
-- fail: UNIQUE constraint is not supported yet
CREATE TABLE tbl1 (
  a BIGINT,
  h VARCHAR,
  b VARCHAR,
  PRIMARY KEY (a, b) NOT ENFORCED,
  UNIQUE (h)
) WITH ('connector' = 'datagen');
