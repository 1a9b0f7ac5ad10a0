-- source: MergeTableLikeUtil.SchemaBuilder#appendDerivedColumns with OVERWRITING GENERATED (MergeTableLikeUtilTest#mergeOverwritingGeneratedColumnsDuplicate): the new expression replaces the base column in place (LinkedHashMap#put); the base key is included (INCLUDING CONSTRAINTS by default)
CREATE TABLE p (a INT NOT NULL, c AS a + 1, b BIGINT, PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (c AS a * 10) LIKE p (OVERWRITING GENERATED);
SHOW CREATE TABLE d;
