-- Issue 12.3: every new name an import meets is looked up among the aliases editors kept
-- (PersonResolver, ArchiveIdentities: lower(alias) = lower(name)). Without this index each
-- look-up read the whole person_alias table, a cost that grew with the archive.
CREATE INDEX ix_person_alias_lower ON person_alias (lower(alias));
