-- source: Flink TemporalTypesTest (testDateAndTime): TIME '19:01:02.123' gives 19:01:02 — Flink keeps TIME at precision 0 and drops the fraction (FLINK-17224, see TimeFunctionsITCase 'Fractional seconds are lost')
SELECT TIME '19:01:02.123' AS c0,
       TIME '12:44:31' AS c1;
