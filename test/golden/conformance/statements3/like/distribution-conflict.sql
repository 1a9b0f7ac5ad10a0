-- source: MergeTableLikeUtil#mergeDistribution (MergeTableLikeUtilTest#mergeDistributionFailsOnDuplicate)
-- fail: The base table already has a distribution defined. You might want to specify EXCLUDING DISTRIBUTION.
CREATE TABLE p (a INT, b BIGINT) DISTRIBUTED BY HASH(a) INTO 4 BUCKETS WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d DISTRIBUTED INTO 2 BUCKETS LIKE p;
