-- newsroll data schema, version 2: which roster people each article mentions, and lookups for roster history.

-- one row per article and roster person it names: how often in the title and in the body, and whether the
-- person is one of its authors or its editor
CREATE TABLE article_mention (
  article_id     VARCHAR(64)  NOT NULL,
  name           VARCHAR(200) NOT NULL,
  title_mentions INTEGER      NOT NULL,
  body_mentions  INTEGER      NOT NULL,
  is_author      BOOLEAN      NOT NULL,
  is_editor      BOOLEAN      NOT NULL,
  PRIMARY KEY (article_id, name)
);
CREATE INDEX article_mention_name ON article_mention (name);

CREATE INDEX roster_snapshot_heading ON roster_snapshot (heading, as_of);
