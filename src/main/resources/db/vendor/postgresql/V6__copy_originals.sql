-- newsroll data schema, version 6 (PostgreSQL): each copy is linked to its group's original. The same change as
-- db/vendor/hsqldb/V6__copy_originals.sql, which explains it; only the primary key's drop is said differently.

ALTER TABLE article_band ADD COLUMN published TIMESTAMP WITH TIME ZONE;
UPDATE article_band b SET published = (SELECT a.published FROM article a WHERE a.id = b.article_id);
ALTER TABLE article_band ALTER COLUMN published SET NOT NULL;

ALTER TABLE article_link DROP CONSTRAINT article_link_pkey;
ALTER TABLE article_link ADD PRIMARY KEY (article_id, other_id, kind);

DELETE FROM article_link;
INSERT INTO article_band_pending (band, article_id)
  SELECT b.band, b.article_id FROM article_band b WHERE NOT EXISTS
    (SELECT 1 FROM article_band_pending p WHERE p.band = b.band AND p.article_id = b.article_id);
