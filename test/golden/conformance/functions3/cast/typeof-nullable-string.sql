-- source: Flink MiscFunctionsITCase (TYPEOF, a conversion function): TYPEOF(f0) of an INT NOT NULL column is 'INT NOT NULL' typed STRING (nullable: explicit(DataTypes.STRING())); TYPEOF(NULL) is 'NULL'; TYPEOF(f1, TRUE) works
SELECT TYPEOF(f0) AS c0, TYPEOF(NULL) AS c1, TYPEOF(f1, TRUE) AS c2
FROM (VALUES (1, CAST('a' AS STRING))) AS T(f0, f1);
