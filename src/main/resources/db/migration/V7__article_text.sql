-- newsroll data schema, version 7: an article's long text (body, lead, subheadings) in a table of its own.
-- A cached table keeps each row with its index nodes as one record of the .data file, so every index walk
-- of an insert into article loaded and decoded whole rows, bodies included (15 % of a 20,000-page ingest's
-- CPU, 23 % at 100,000 pages). article keeps every short column (body_chars, body_hash and body_simhash
-- too); the text row is written in the same transaction as its article, one row per article, with its
-- primary key as its only index.
CREATE TABLE article_text (
  article_id  VARCHAR(64)      NOT NULL PRIMARY KEY,
  lead        VARCHAR(1000000),
  subheadings VARCHAR(1000000),
  body        VARCHAR(4000000) NOT NULL
);

INSERT INTO article_text (article_id, lead, subheadings, body) SELECT id, lead, subheadings, body FROM article;

-- the day-write triggers of V5 take whole rows (REFERENCING NEW/OLD ROW), so HSQLDB drops no column under
-- them: they go, and come back unchanged (V5's text) once the columns are gone
DROP TRIGGER article_day_added;
DROP TRIGGER article_day_removed;
DROP TRIGGER article_day_changed_from;
DROP TRIGGER article_day_changed_to;

ALTER TABLE article DROP COLUMN lead;
ALTER TABLE article DROP COLUMN subheadings;
ALTER TABLE article DROP COLUMN body;

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
