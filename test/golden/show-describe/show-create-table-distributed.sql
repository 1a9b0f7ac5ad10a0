-- source: Flink docs (CREATE TABLE ... DISTRIBUTED BY HASH(..) INTO n BUCKETS; SHOW CREATE TABLE prints it); by hand
-- match: contains
CREATE TABLE t (a INT, b STRING) DISTRIBUTED BY HASH(a) INTO 4 BUCKETS WITH ('connector' = 'datagen');
SHOW CREATE TABLE t;
