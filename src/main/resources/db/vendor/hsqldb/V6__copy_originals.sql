-- newsroll data schema, version 6: each copy is linked to its group's original (the group's earliest-published
-- article, ties broken by the smallest id) instead of to every other member, so the links grow with the
-- articles, not with the square of a group's size. article_link rows are (original, copy, kind): a copy has
-- at most one link of each kind, an original one per copy. Copy linking needs the publication time beside
-- what it compares, in the narrow band rows.

ALTER TABLE article_band ADD COLUMN published TIMESTAMP WITH TIME ZONE;
UPDATE article_band b SET published = (SELECT a.published FROM article a WHERE a.id = b.article_id);
ALTER TABLE article_band ALTER COLUMN published SET NOT NULL;

-- an article can be the original of a DUPLICATE group and, through another site's near copy, of a REPRINT group
-- holding the same copy: the kind is part of the key
ALTER TABLE article_link DROP PRIMARY KEY;
ALTER TABLE article_link ADD PRIMARY KEY (article_id, other_id, kind);

-- the pair links of older versions are not stars: every article is linked again by the next ingest
DELETE FROM article_link;
INSERT INTO article_band_pending (band, article_id)
  SELECT b.band, b.article_id FROM article_band b WHERE NOT EXISTS
    (SELECT 1 FROM article_band_pending p WHERE p.band = b.band AND p.article_id = b.article_id);
