-- source: Flink TemporalTypesTest testFromUnixTimeInTokyo (f21 = 44 seconds)
SET 'table.local-time-zone' = 'Asia/Tokyo';
SELECT FROM_UNIXTIME(f21) AS a,
       FROM_UNIXTIME(f21, 'yy-MM-dd HH-mm-ss') AS b
FROM (VALUES (NULLIF(44, 0))) AS T(f21);
