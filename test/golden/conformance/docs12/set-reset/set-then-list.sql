-- source: docs/content/docs/sql/reference/utility/set.md (SET 'table.local-time-zone' = 'Europe/Berlin'; then SET lists 'table.local-time-zone' = 'Europe/Berlin'); as a table of key and value
SET 'table.local-time-zone' = 'Europe/Berlin';
SET;
