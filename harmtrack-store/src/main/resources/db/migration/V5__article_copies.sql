-- harmtrack incident store, version 5: near-copies of one story (an agency's copy lightly edited by several
-- outlets) are grouped. sketch holds the article text's TextSketch (space-separated integers); copy_of names the
-- first stored article of its group, or is null when the article is the first or a story of its own.
ALTER TABLE article ADD COLUMN sketch CHARACTER VARYING;
ALTER TABLE article ADD COLUMN copy_of CHARACTER VARYING;
CREATE INDEX article_published_idx ON article (published);
