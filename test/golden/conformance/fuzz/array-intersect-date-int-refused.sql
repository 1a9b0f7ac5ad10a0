-- source: Flink ARRAY_INTERSECT / ARRAY_EXCEPT (CommonCollectionInputTypeStrategy): findCommonType gives ARRAY<DATE> for ARRAY<DATE> and ARRAY<INT>, whose INT array does not cast implicitly to it, so the call is refused as arrays without a common type are (found by the session-9 fuzz sweep: an internal error "cast not allowed" before)
-- fail: 3:8 Invalid input arguments
SELECT ARRAY_INTERSECT(ARRAY[DATE '2020-01-02'], ARRAY[1, 2]) AS a;
