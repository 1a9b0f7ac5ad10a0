-- source: Flink CalcITCase#testSearch (upper(f0) IN a list of 8 literals of different lengths, one with trailing blanks; expected HC809 and 'H389N     ' unchanged: the literals are compared as strings, not padded CHARs)
CREATE TABLE SimpleTable (f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT upper(f0) from SimpleTable where upper(f0) in (
'CTNBSmokeSensor',
'H388N',
'H389N     ',
'GHL-IRD',
'JY-BF-20YN',
'HC809',
'DH-9908N-AEP',
'DH-9908N'
);
