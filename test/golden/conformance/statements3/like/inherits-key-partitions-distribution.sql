-- source: MergeTableLikeUtil with the default strategies (INCLUDING ALL OVERWRITING OPTIONS): the base key (populatePrimaryKeyFromSourceTable, INCLUDING CONSTRAINTS), partitions (mergePartitions) and distribution (mergeDistribution) are the derived table's when it declares none; EXCLUDING OPTIONS takes only the new WITH; SHOW CREATE TABLE layout of ShowCreateUtil
CREATE TABLE p (
  a INT NOT NULL,
  b BIGINT,
  PRIMARY KEY (a) NOT ENFORCED
)
DISTRIBUTED BY HASH(a) INTO 4 BUCKETS
PARTITIONED BY (b)
WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d WITH ('connector' = 'datagen', 'number-of-rows' = '2') LIKE p (EXCLUDING OPTIONS);
SHOW CREATE TABLE d;
