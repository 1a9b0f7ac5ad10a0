-- source: Flink sql-client table.q "validation test": create table tbl(a int, b as invalid_function()) fails "No match found for function signature invalid_function()" (the name as written: Flink's parser keeps unquoted case)
-- fail: 3:30 No match found for function signature invalid_function()
create table tbl(a int, b as invalid_function());
