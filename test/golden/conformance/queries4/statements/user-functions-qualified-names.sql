-- source: Flink sql-gateway sql/client/function.q ('test function with full qualified name': functions created as c1.db.func3 are listed only under c1.db; `default`.func5 goes to the current catalog's database default; SHOW USER FUNCTIONS sorted)
create function func1 as 'LowerUDF' LANGUAGE JAVA;
create temporary function if not exists func2 as 'LowerUDF' LANGUAGE JAVA;
show user functions;
create catalog c1 with ('type'='generic_in_memory');
use catalog c1;
create database db;
use catalog default_catalog;
create function c1.db.func3 as 'LowerUDF' LANGUAGE JAVA;
create temporary function if not exists c1.db.func4 as 'LowerUDF' LANGUAGE JAVA;
show user functions;
use catalog c1;
use db;
show user functions;
create function `default`.func5 as 'LowerUDF';
create function `default`.func6 as 'LowerUDF';
use `default`;
show user functions;
