-- source: https://docs.confluent.io/cloud/current/flink/reference/queries/overview.html (Hello SQL: COUNT(*) per Name over Neo, Trinity, Morpheus, Trinity gives Neo 1, Morpheus 1, Trinity 2); the changelog by GroupAggFunction's emission rules (+I for a new name, -U/+U when Trinity's count changes), by hand; the VALUES column is VARCHAR(8) NOT NULL (literals of different lengths)
-- pk: Name
SELECT Name, COUNT(*) AS Num
FROM
  (VALUES ('Neo'), ('Trinity'), ('Morpheus'), ('Trinity')) AS NameTable(Name)
GROUP BY Name;
