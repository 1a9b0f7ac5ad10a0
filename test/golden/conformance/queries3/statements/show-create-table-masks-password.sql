-- source: Flink sql-gateway show_create_sensitive_options.q (SHOW CREATE TABLE users: options sorted by key, the 'password' value printed as '****')
CREATE TABLE IF NOT EXISTS users (
 `id` BIGINT NOT NULL,
 name VARCHAR(32)
) with (
   'connector' = 'jdbc',
   'url' = 'jdbc:mysql://localhost:3306/mydatabase',
   'table-name' = 'users',
   'username' = 'my_user',
   'password' = 'my_pass'
);
SHOW CREATE TABLE users;
