-- source: Flink FLINK-39244 / FLINK-39666 (Flink 2.3): the precision of TO_TIMESTAMP_LTZ(numeric, precision) must be within 0..9 ("Precision for TO_TIMESTAMP_LTZ must be between 0 and 9 but was 10."); a literal precision is refused at validation
-- fail: 3:8 must be between 0 and 9
SELECT TO_TIMESTAMP_LTZ(1234567890, 10) AS t;
