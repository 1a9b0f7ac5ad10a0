-- source: Flink ScalarFunctionsTest#testTrim ("TRIM(BOTH ' STRING ')" is "STRING": Calcite's TRIM takes a side with no characters, which trims spaces); result type as Flink's TRIM of a CHAR(8) literal: VARCHAR(8) NOT NULL
SELECT TRIM(BOTH ' STRING ') AS b, TRIM(LEADING ' STRING ') AS l, TRIM(TRAILING ' STRING ') AS t;
