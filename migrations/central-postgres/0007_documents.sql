-- Central backend schema, version 7 (PostgreSQL): documents citizens handed in for requests.

-- A file uploaded from a citizen's phone through a request's upload link. The request
-- may not have arrived yet (the link is made at the station, also offline), so
-- `item_id` is not a foreign key. `sealed` holds the file, `sealed_name` its name, each
-- sealed to the central's own key (syncproto::seal::seal_document, _name); the back
-- office lists names, type and size without opening the files.
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    item_id      TEXT NOT NULL,
    station_id   TEXT NOT NULL REFERENCES stations(id),
    uploaded_at  TEXT NOT NULL,
    media_type   TEXT NOT NULL
                 CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size         BIGINT NOT NULL CHECK (size > 0),
    sealed_name  BYTEA NOT NULL,
    sealed       BYTEA NOT NULL
);

CREATE INDEX documents_by_item ON documents (item_id, uploaded_at);
