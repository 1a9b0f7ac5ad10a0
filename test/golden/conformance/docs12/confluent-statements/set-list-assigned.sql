-- source: https://docs.confluent.io/cloud/current/flink/reference/statements/set.html (Confluent Cloud for Apache Flink, SET Statement: Example: SET 'table.local-time-zone' = 'America/Los_Angeles', then SET lists it; the page's catalog / default_database rows are the Confluent shell's own lines, left out here)
SET 'table.local-time-zone' = 'America/Los_Angeles';
SET;
