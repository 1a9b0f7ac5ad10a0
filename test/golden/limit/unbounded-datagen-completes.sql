-- source: issue 7: LIMIT n on an unbounded input returns n rows and completes; datagen options from Flink docs
CREATE TABLE g (v INT) WITH ('connector' = 'datagen', 'rows-per-second' = '1000', 'fields.v.min' = '7', 'fields.v.max' = '7');
SELECT v FROM g LIMIT 3;
