-- source: Flink sql-gateway sql/client/function.q ('test drop function': DROP FUNCTION IF EXISTS c1.db.func10 from another catalog, IF EXISTS of a missing function is OK; SHOW USER FUNCTIONS lists func11, func3, func4 in string order)
create catalog c1 with ('type'='generic_in_memory');
create database c1.db;
create function c1.db.func3 as 'LowerUDF' LANGUAGE JAVA;
create temporary function if not exists c1.db.func4 as 'LowerUDF' LANGUAGE JAVA;
create function c1.db.func10 as 'LowerUDF';
create function c1.db.func11 as 'LowerUDF';
drop function if exists c1.db.func10;
use catalog c1;
use db;
drop function if exists non_func;
show user functions;
alter function func11 as 'org.apache.flink.table.client.gateway.local.ExecutorImplITCase$TestScalaFunction';
show user functions;
