-- newsroll data schema, version 4: narrow tables for the article writer's duplicate check and for copy linking.
-- HSQLDB materializes a whole row, body included, for every row an index lookup or scan visits: reading
-- these instead of article keeps bodies off both paths.

-- one row per article: the file it was loaded from and the run that loaded it
CREATE TABLE article_key (
  article_id VARCHAR(64)   NOT NULL PRIMARY KEY,
  file       VARCHAR(1024) NOT NULL,
  run_id     BIGINT        NOT NULL
);
CREATE INDEX article_key_file ON article_key (file);

-- four rows per article, one per 16-bit simhash band (band = position * 65536 + the band's bits), with what
-- copy linking compares: two bodies within 3 bits share at least one band
CREATE TABLE article_band (
  band         INTEGER      NOT NULL,
  article_id   VARCHAR(64)  NOT NULL,
  site_domain  VARCHAR(200),
  body_hash    VARCHAR(64)  NOT NULL,
  body_simhash BIGINT       NOT NULL,
  PRIMARY KEY (band, article_id)
);
CREATE INDEX article_band_article ON article_band (article_id);

-- an article's bands not yet compared with the band's other articles (written with the article, deleted
-- once linked), worked through in band order
CREATE TABLE article_band_pending (
  band       INTEGER     NOT NULL,
  article_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (band, article_id)
);

CREATE INDEX article_link_other ON article_link (other_id);

INSERT INTO article_key (article_id, file, run_id) SELECT id, file, run_id FROM article;
INSERT INTO article_band (band, article_id, site_domain, body_hash, body_simhash)
  SELECT sim_band0, id, site_domain, body_hash, body_simhash FROM article;
INSERT INTO article_band (band, article_id, site_domain, body_hash, body_simhash)
  SELECT 65536 + sim_band1, id, site_domain, body_hash, body_simhash FROM article;
INSERT INTO article_band (band, article_id, site_domain, body_hash, body_simhash)
  SELECT 131072 + sim_band2, id, site_domain, body_hash, body_simhash FROM article;
INSERT INTO article_band (band, article_id, site_domain, body_hash, body_simhash)
  SELECT 196608 + sim_band3, id, site_domain, body_hash, body_simhash FROM article;
INSERT INTO article_band_pending (band, article_id)
  SELECT b.band, b.article_id FROM article_band b JOIN article a ON a.id = b.article_id WHERE a.link_pending;

-- nothing reads these from article any more (linking and the writer read the tables above); each index on
-- article costs every insert a walk over whole rows
DROP INDEX article_file;
DROP INDEX article_body_hash;
DROP INDEX article_band0;
DROP INDEX article_band1;
DROP INDEX article_band2;
DROP INDEX article_band3;
ALTER TABLE article DROP COLUMN link_pending;
