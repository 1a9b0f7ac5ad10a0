-- source: docs/content/docs/dev/table/concepts/dynamic_tables.md (Continuous Queries, first query: after [Mary, ./home] the result is [Mary, 1]; [Bob, ./cart] inserts [Bob, 1]; [Mary, ./prod?id=1] updates [Mary, 1] to [Mary, 2]; the fourth row inserts [Liz, 1]); `user` quoted since USER is a reserved word in Flink's parser; the update as -U/+U (retract stream, as the page's Table to Stream Conversion describes)
CREATE TABLE clicks (
  `user` VARCHAR,
  url VARCHAR,
  cTime TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT `user`, COUNT(url) AS cnt FROM clicks GROUP BY `user`;
