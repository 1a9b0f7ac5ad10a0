-- source: Flink sql-client catalog_database.q (create catalog invalid.cat: Encountered "." at line 1, column 23)
-- fail: 3:23 found '.'
create catalog invalid.cat with ('type'='generic_in_memory');
