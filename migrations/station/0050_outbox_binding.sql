-- The station's tag on each item it seals (syncproto::binding): HMAC-SHA256 under a
-- key derived from the station's token, made when the item is sealed, so that the
-- central can take the item without opening the seal. NULL on items from before, and
-- dropped with the blob once the central acknowledged the item.
ALTER TABLE outbox ADD COLUMN binding BLOB CHECK (binding IS NULL OR length(binding) = 32);
