-- newsroll data schema, version 5: per-day summaries of the articles for reports, kept current by triggers.
-- A report counts each day of its period once and stores the counts (io.newsroll.batch.report.DaySummaries);
-- reading a year of summaries is 365 rows instead of every article of the year.

-- how many times articles of a publication day (published_local's date) were written, changed or deleted,
-- counted by the triggers below whoever writes: a summary counted at another number is out of date. One
-- row per day; concurrent writers of one day wait for each other's commit (read committed), never fail.
CREATE TABLE article_day_writes (
  day    DATE   NOT NULL PRIMARY KEY,
  writes BIGINT NOT NULL
);

-- the counts of one publication day, as DayCounts text: per hour, site, channel, series, editor, source
-- publication, author and body length; writes is article_day_writes.writes when the day was counted
CREATE TABLE report_day (
  day      DATE              NOT NULL PRIMARY KEY,
  writes   BIGINT            NOT NULL,
  articles BIGINT            NOT NULL,
  counts   VARCHAR(16777216) NOT NULL
);

CREATE TRIGGER article_day_added AFTER INSERT ON article
  REFERENCING NEW ROW AS n FOR EACH ROW
  MERGE INTO article_day_writes w USING (VALUES (CAST(n.published_local AS DATE))) AS c(day) ON w.day = c.day
  WHEN MATCHED THEN UPDATE SET writes = w.writes + 1
  WHEN NOT MATCHED THEN INSERT (day, writes) VALUES (c.day, 1);

CREATE TRIGGER article_day_removed AFTER DELETE ON article
  REFERENCING OLD ROW AS o FOR EACH ROW
  MERGE INTO article_day_writes w USING (VALUES (CAST(o.published_local AS DATE))) AS c(day) ON w.day = c.day
  WHEN MATCHED THEN UPDATE SET writes = w.writes + 1
  WHEN NOT MATCHED THEN INSERT (day, writes) VALUES (c.day, 1);

-- only the columns reports count: an update of any other column (warnings, copy keys...) changes no summary
CREATE TRIGGER article_day_changed_from AFTER UPDATE OF published_local, site, channel, series, editor,
  source_publication, body_chars, authors ON article
  REFERENCING OLD ROW AS o FOR EACH ROW
  MERGE INTO article_day_writes w USING (VALUES (CAST(o.published_local AS DATE))) AS c(day) ON w.day = c.day
  WHEN MATCHED THEN UPDATE SET writes = w.writes + 1
  WHEN NOT MATCHED THEN INSERT (day, writes) VALUES (c.day, 1);

CREATE TRIGGER article_day_changed_to AFTER UPDATE OF published_local, site, channel, series, editor,
  source_publication, body_chars, authors ON article
  REFERENCING NEW ROW AS n FOR EACH ROW
  MERGE INTO article_day_writes w USING (VALUES (CAST(n.published_local AS DATE))) AS c(day) ON w.day = c.day
  WHEN MATCHED THEN UPDATE SET writes = w.writes + 1
  WHEN NOT MATCHED THEN INSERT (day, writes) VALUES (c.day, 1);
