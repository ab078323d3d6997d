-- newsroll data schema, version 3: which roster name set each article's mentions were computed against,
-- so that mention linking resumes where it stopped and redoes only what a roster change affects.
CREATE TABLE article_mention_scan (
  article_id VARCHAR(64) NOT NULL PRIMARY KEY,
  names_sha  VARCHAR(64) NOT NULL
);
