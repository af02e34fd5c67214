-- Small facts about this app store itself (such as what created it). The tables of scenarios, jobs,
-- users and the rest come in their own migrations, 002 onwards.
CREATE TABLE app_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
