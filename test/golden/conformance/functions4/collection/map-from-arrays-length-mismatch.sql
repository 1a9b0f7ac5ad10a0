-- source: Flink MapFunctionITCase mapFromArraysTestCases: MAP_FROM_ARRAYS(array[1, 2, 3], array[1, 2]) fails at run time
-- fail: 3:8 The length of the keys array 3 is not equal to the length of the values array 2
SELECT MAP_FROM_ARRAYS(ARRAY[1, 2, 3], ARRAY[1, 2]) AS m;
