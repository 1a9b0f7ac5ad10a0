-- source: Calcite's validator (RESOURCE.invalidPartitionKeys, as Flink's FunctionITCase / SNAPSHOT tests show it): TUMBLE, HOP and CUMULATE take their table with row semantics, only SESSION with set semantics, so PARTITION BY on TUMBLE's table is refused at the call
-- fail: 4:21 Only tables with set semantics may be partitioned. Invalid PARTITION BY clause in the 0-th operand of table function 'TUMBLE'
CREATE TABLE t (k STRING, v INT, rowtime TIMESTAMP(3), WATERMARK FOR rowtime AS rowtime) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TABLE(TUMBLE(TABLE t PARTITION BY k, DESCRIPTOR(rowtime), INTERVAL '5' SECOND));
