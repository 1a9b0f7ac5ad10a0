-- source: Flink SqlNodeToOperationConversion (ALTER TABLE RESET with an empty key list: "ALTER TABLE RESET does not support empty key"); position by hand
-- fail: 4:1 ALTER TABLE RESET does not support empty key
CREATE TABLE t (a INT) WITH ('connector' = 'datagen');
ALTER TABLE t RESET ();
