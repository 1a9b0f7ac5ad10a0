-- source: MergeTableLikeUtil.SchemaBuilder#appendDerivedPrimaryKey: with EXCLUDING CONSTRAINTS the base key is dropped and the derived one is taken (no 'already has a primary key' error); its columns become NOT NULL
CREATE TABLE p (a INT NOT NULL, b BIGINT, PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (PRIMARY KEY (b) NOT ENFORCED) LIKE p (EXCLUDING CONSTRAINTS);
SHOW CREATE TABLE d;
