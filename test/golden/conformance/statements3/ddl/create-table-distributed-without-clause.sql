-- source: FlinkSqlParserImplTest#testCreateTableWithBadDistribution: Encountered "with" (DISTRIBUTED needs BY or INTO)
-- fail: 9:3 with
CREATE TABLE tbl1 (
  a BIGINT,
  h VARCHAR,
  PRIMARY KEY (a) NOT ENFORCED
)
DISTRIBUTED
  with (
    'connector' = 'datagen'
);
