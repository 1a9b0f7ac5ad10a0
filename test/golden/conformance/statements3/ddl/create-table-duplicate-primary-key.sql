-- source: FlinkSqlParserImplTest#testDuplicatePk (column and table PRIMARY KEY: the duplicate is reported before the ENFORCED mode)
-- fail: Duplicate primary key definition
CREATE TABLE tbl1 (
  a BIGINT COMMENT 'test column comment AAA.',
  h VARCHAR CONSTRAINT ct1 PRIMARY KEY,
  b VARCHAR,
  CONSTRAINT ct2 PRIMARY KEY (b, h)
) WITH ('connector' = 'datagen');
