-- Meetings whose date was inferred, for the review queue (InferredMeetingDates), without
-- reading the others; as ix_article_inferred (V8) for articles.
CREATE INDEX ix_meeting_inferred ON meeting (id) WHERE held_inferred;
