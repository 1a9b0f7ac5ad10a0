-- source: https://docs.confluent.io/cloud/current/flink/reference/queries/overview.html (Confluent Cloud for Apache Flink, SQL Queries, Syntax: SELECT 'Hello World', 'It''s me' prints EXPR$0 Hello World, EXPR$1 It's me; SELECT U&'\263A' prints ☺; SELECT U&'#2713' UESCAPE '#' prints ✓; SELECT a AS `my field` keeps the back-quoted name with its space; identifiers keep their case); character literals are CHAR(n) NOT NULL in Flink
SELECT 'Hello World', 'It''s me';
SELECT U&'\263A';
SELECT U&'#2713' UESCAPE '#';
SELECT a AS `my field`, A AS `My Field` FROM (VALUES (1, 2)) AS t(a, A);
