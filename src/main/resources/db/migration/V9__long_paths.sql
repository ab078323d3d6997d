-- newsroll data schema, version 9: file paths of any length Linux allows (PATH_MAX, 4,096 bytes, is at most
-- 4,096 characters). A 1,185-byte path (a 250-byte name 30 folders deep) failed the whole ingest with "string
-- data, right truncation" in file_ledger.path, and article.file was cut to 1,024 characters (issue 17).
ALTER TABLE file_ledger ALTER COLUMN path SET DATA TYPE VARCHAR(4096);
ALTER TABLE article ALTER COLUMN file SET DATA TYPE VARCHAR(4096);
ALTER TABLE article_key ALTER COLUMN file SET DATA TYPE VARCHAR(4096);
ALTER TABLE reject ALTER COLUMN file SET DATA TYPE VARCHAR(4096);
ALTER TABLE roster_snapshot ALTER COLUMN file SET DATA TYPE VARCHAR(4096);
