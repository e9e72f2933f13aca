-- harmtrack incident store, version 4: find an article by its text's hash, so that one text published under two
-- ids (the same wire copy at two addresses) is stored once.
CREATE INDEX article_text_sha256_idx ON article (text_sha256);
