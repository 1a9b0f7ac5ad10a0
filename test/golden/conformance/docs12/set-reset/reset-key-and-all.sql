-- source: docs/content/docs/sql/reference/utility/reset.md (RESET 'key' resets one session property, RESET all of them to their defaults) and set.md (SET lists the session properties): after RESET of a key only the other one is listed, after RESET nothing is
SET 'table.planner' = 'blink';
SET 'pipeline.name' = 'docs12';
RESET 'table.planner';
SET;
RESET;
SET;
