-- source: FlinkSqlParserImplTest#testAlterTableModifyDistribution: Encountered "RANDOM" at line 1, column 41
-- fail: 3:41 found 'RANDOM'
alter table tbl1 modify DISTRIBUTION BY RANDOM(a, h) INTO 6 BUCKETS;
