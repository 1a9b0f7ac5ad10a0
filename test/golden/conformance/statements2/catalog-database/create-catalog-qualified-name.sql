-- source: Flink sql-client catalog_database.q (create catalog invalid.cat: ParseException at the dot)
-- fail: 3:23 .
create catalog invalid.cat with ('type'='generic_in_memory');
