-- source: Flink sql-gateway sql/client/function.q (ALTER TEMPORARY FUNCTION: ValidationException 'Alter temporary catalog function is not supported')
-- fail: Alter temporary catalog function is not supported
create temporary function tmp_func as 'LowerUDF';
alter temporary function tmp_func as 'org.apache.flink.table.client.gateway.local.ExecutorImplITCase$TestScalaFunction';
