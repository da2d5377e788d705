//! Size limits of the sync protocol. The central enforces them; the station packs
//! its batches so that it never crosses them.

/// Largest sealed blob of one item, in bytes after base64 decoding.
pub const MAX_SEALED_BYTES: usize = 64 * 1024;

/// Largest document a citizen hands in for a request (one file), in bytes.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;

/// Longest name of a document, in bytes (UTF-8).
pub const MAX_DOCUMENT_NAME_BYTES: usize = 255;

/// Most documents one request takes.
pub const MAX_DOCUMENTS_PER_REQUEST: usize = 10;

/// Most bytes of documents one request takes, all files together.
pub const MAX_DOCUMENT_BYTES_PER_REQUEST: usize = 30 * 1024 * 1024;

/// Most items in one push batch.
pub const MAX_BATCH_ITEMS: usize = 500;

/// Largest HTTP request body the central accepts (a push batch must also fit this).
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// Largest HTTP answer body a station reads from the central (push results, ack-query,
/// configuration bundle, errors); it stops reading there and refuses the answer.
pub const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// Most ids in one `ack-query` request.
pub const MAX_ACK_QUERY_IDS: usize = 1000;

/// Longest `meta.topic`, in characters.
pub const MAX_TOPIC_CHARS: usize = 200;

/// Longest `meta.service` and `meta.station`, in characters.
pub const MAX_META_NAME_CHARS: usize = 100;

/// Base64 length (with padding) of `bytes` raw bytes.
pub const fn base64_len(bytes: usize) -> usize {
    bytes.div_ceil(3) * 4
}
