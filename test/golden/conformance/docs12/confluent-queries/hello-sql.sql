-- source: https://docs.confluent.io/cloud/current/flink/reference/queries/overview.html (Hello SQL: SELECT 'Hello SQL' prints column EXPR$0 with Hello SQL; SELECT COS(0) AS cosine prints 1.0); a character literal is CHAR(n) NOT NULL in Flink
SELECT 'Hello SQL';
SELECT COS(0) AS cosine;
