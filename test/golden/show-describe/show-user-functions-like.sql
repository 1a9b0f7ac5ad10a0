-- source: Flink docs, SHOW [USER] FUNCTIONS [[NOT] LIKE | ILIKE pattern] (normalised lower-case names, sorted); by hand
CREATE FUNCTION fAlpha AS 'com.example.A';
CREATE TEMPORARY FUNCTION fbeta AS 'com.example.B';
CREATE TEMPORARY SYSTEM FUNCTION gamma AS 'com.example.C';
SHOW USER FUNCTIONS LIKE 'f%';
SHOW USER FUNCTIONS NOT LIKE 'f%';
SHOW USER FUNCTIONS ILIKE 'FB%';
