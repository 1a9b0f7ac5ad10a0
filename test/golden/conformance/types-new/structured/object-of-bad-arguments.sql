-- source: Flink ObjectOfInputTypeStrategy: the class name must be a character string ("…, but was INT NOT NULL." with the type's summary string); a key must be a character string; a repeated key fails
-- fail: 3:8 The first argument must be a non-nullable character string representing the class name, but was INT NOT NULL.
SELECT OBJECT_OF(1, 'a', 1) AS o;
