-- newsroll data schema, version 5 (PostgreSQL): per-day summaries of the articles for reports, kept current by
-- triggers. The same tables and counting as db/vendor/hsqldb/V5__report_day_summaries.sql, which explains them;
-- PostgreSQL's triggers call a function, and its text has no declared length.

CREATE TABLE article_day_writes (
  day    DATE   NOT NULL PRIMARY KEY,
  writes BIGINT NOT NULL
);

CREATE TABLE report_day (
  day      DATE   NOT NULL PRIMARY KEY,
  writes   BIGINT NOT NULL,
  articles BIGINT NOT NULL,
  counts   TEXT   NOT NULL
);

-- one write more for the publication day of the row added, removed or changed (a change: both days)
CREATE FUNCTION article_day_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO article_day_writes AS w (day, writes) VALUES (CAST(OLD.published_local AS DATE), 1)
      ON CONFLICT (day) DO UPDATE SET writes = w.writes + 1;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO article_day_writes AS w (day, writes) VALUES (CAST(NEW.published_local AS DATE), 1)
      ON CONFLICT (day) DO UPDATE SET writes = w.writes + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER article_day_added AFTER INSERT ON article
  FOR EACH ROW EXECUTE FUNCTION article_day_written();

CREATE TRIGGER article_day_removed AFTER DELETE ON article
  FOR EACH ROW EXECUTE FUNCTION article_day_written();

-- only the columns reports count: an update of any other column (warnings, copy keys...) changes no summary
CREATE TRIGGER article_day_changed AFTER UPDATE OF published_local, site, channel, series, editor,
  source_publication, body_chars, authors ON article
  FOR EACH ROW EXECUTE FUNCTION article_day_written();
