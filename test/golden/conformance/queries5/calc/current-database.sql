-- source: Flink CalcITCase#testCurrentDatabase (CURRENT_DATABASE() is the session's current database, default_database, then db1 after switching to it); STRING NOT NULL as BuiltInFunctionDefinitions.CURRENT_DATABASE declares
SELECT CURRENT_DATABASE();
CREATE DATABASE db1;
USE db1;
SELECT CURRENT_DATABASE();
