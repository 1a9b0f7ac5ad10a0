-- source: MergeTableLikeUtil#mergeOptions with INCLUDING OPTIONS (MergeTableLikeUtilTest#mergeIncludingOptionsFailsOnDuplicate)
-- fail: There already exists an option ['number-of-rows' -> '1']  in the base table. You might want to specify EXCLUDING OPTIONS or OVERWRITING OPTIONS.
CREATE TABLE p (a INT, b BIGINT, c AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED, WATERMARK FOR ts AS ts) PARTITIONED BY (b) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (x INT) WITH ('number-of-rows' = '5') LIKE p (INCLUDING OPTIONS);
