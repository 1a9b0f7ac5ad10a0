-- source: FlinkSqlParserImplTest#testAlterTableAddDistribution: Encountered "RANDOM" at line 1, column 38
-- fail: 3:38 found 'RANDOM'
alter table tbl1 add DISTRIBUTION BY RANDOM(a, h) INTO 6 BUCKETS;
