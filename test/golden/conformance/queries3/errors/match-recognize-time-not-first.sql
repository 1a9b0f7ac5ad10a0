-- source: Flink MatchRecognizeITCase / StreamExecMatch#checkOrderKeys (streaming)#testSortProcessingTimeSecondaryField
-- fail: You must specify either rowtime or proctime for order by as the first one.
CREATE TABLE Ticker (symbol STRING, price BIGINT, tax BIGINT, proctime AS PROCTIME()) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT *
FROM Ticker
MATCH_RECOGNIZE (
  ORDER BY price, proctime
  MEASURES
    A.symbol AS aSymbol
  PATTERN (A B)
  DEFINE
    A AS A.symbol = 'a'
) AS T;
