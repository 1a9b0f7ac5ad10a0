-- source: https://docs.confluent.io/cloud/current/flink/reference/functions/aggregate-functions.html (Confluent Cloud for Apache Flink, Aggregate Functions: AVG 1.500000, COUNT 4, FIRST_VALUE first, LAST_VALUE third, LISTAGG first,second,third, MAX 3, MIN 0, SUM 6, STDDEV_POP 0.986154, STDDEV_SAMP 1.138713, VAR_POP 0.972500, VAR_SAMP 1.296667); the page aliases the VALUES table (AS my_values) and names that alias as the column, which Flink's validator cannot resolve, so the column is aliased here; DECIMAL(2,1) inputs give DECIMAL(38, 6) results (the page's six decimals); compared as the final tables of these global aggregations
-- order: final
SELECT COALESCE(CAST(AVG(my_values) AS STRING), 'NULL') AS v FROM (VALUES (0.0), (1.0), (2.0), (3.0)) AS t(my_values);
SELECT COALESCE(CAST(COUNT(my_values) AS STRING), 'NULL') AS v FROM (VALUES (0), (1), (2), (3)) AS t(my_values);
SELECT COALESCE(CAST(FIRST_VALUE(my_values) AS STRING), 'NULL') AS v FROM (VALUES ('first'), ('second'), ('third')) AS t(my_values);
SELECT COALESCE(CAST(LAST_VALUE(my_values) AS STRING), 'NULL') AS v FROM (VALUES ('first'), ('second'), ('third')) AS t(my_values);
SELECT COALESCE(CAST(LISTAGG(my_values) AS STRING), 'NULL') AS v FROM (VALUES ('first'), ('second'), ('third')) AS t(my_values);
SELECT COALESCE(CAST(MAX(my_values) AS STRING), 'NULL') AS v FROM (VALUES (0), (1), (2), (3)) AS t(my_values);
SELECT COALESCE(CAST(MIN(my_values) AS STRING), 'NULL') AS v FROM (VALUES (0), (1), (2), (3)) AS t(my_values);
SELECT COALESCE(CAST(SUM(my_values) AS STRING), 'NULL') AS v FROM (VALUES (0), (1), (2), (3)) AS t(my_values);
SELECT COALESCE(CAST(STDDEV_POP(my_values) AS STRING), 'NULL') AS v FROM (VALUES (0.5), (1.5), (2.2), (3.2)) AS t(my_values);
SELECT COALESCE(CAST(STDDEV_SAMP(my_values) AS STRING), 'NULL') AS v FROM (VALUES (0.5), (1.5), (2.2), (3.2)) AS t(my_values);
SELECT COALESCE(CAST(VAR_POP(my_values) AS STRING), 'NULL') AS v FROM (VALUES (0.5), (1.5), (2.2), (3.2)) AS t(my_values);
SELECT COALESCE(CAST(VAR_SAMP(my_values) AS STRING), 'NULL') AS v FROM (VALUES (0.5), (1.5), (2.2), (3.2)) AS t(my_values);
SELECT COALESCE(CAST(VARIANCE(my_values) AS STRING), 'NULL') AS v FROM (VALUES (0.5), (1.5), (2.2), (3.2)) AS t(my_values);
