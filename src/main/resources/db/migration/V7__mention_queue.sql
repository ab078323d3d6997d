-- newsroll data schema, version 7: mention linking reads a queue of the articles written since it last ran
-- instead of searching every article for one not yet scanned against the roster names (a search that read
-- every article key on every run, 0.5 s of a 6 s rerun at 100,000 pages). A change of the names (a roster
-- brought people or titles) still sends it over every article: mention_sweep holds the name set that every
-- article outside the queue was scanned against; without it (a database of an older version) the next run
-- scans them all.
CREATE TABLE article_mention_pending (
  article_id VARCHAR(64) NOT NULL PRIMARY KEY
);
CREATE TABLE mention_sweep (
  id        INTEGER     NOT NULL PRIMARY KEY,
  names_sha VARCHAR(64) NOT NULL
);
