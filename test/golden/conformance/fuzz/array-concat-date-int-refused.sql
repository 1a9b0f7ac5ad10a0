-- source: Flink CommonArrayInputTypeStrategy takes LogicalTypeMerging.findCommonType of the arrays (ARRAY<DATE> for ARRAY<DATE> and ARRAY<INT>: its DATE-with-exact-numeric pattern), then TypeInferenceUtil#adaptArguments refuses the INT array's implicit cast to ARRAY<DATE>: "Invalid function call" (found by the session-9 fuzz sweep: an internal error "cast not allowed" before)
-- fail: 3:8 Invalid function call
SELECT ARRAY_CONCAT(ARRAY[DATE '2020-01-02'], ARRAY[1, 2]) AS a;
