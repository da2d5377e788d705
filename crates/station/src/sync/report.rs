//! What a sync round did, and its progress after every batch (for `bk sync` and the
//! staff window).

/// Progress of a running round, after every batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Items acknowledged so far in this round (push or ack-query).
    pub acknowledged: u64,
    /// Items rejected so far in this round.
    pub rejected: u64,
    /// Items pending at the start of the round that are still pending.
    pub pending: u64,
}

/// What a round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoundReport {
    /// Items acknowledged (pushed or found by ack-query).
    pub acknowledged: u64,
    /// Items that went to the dead letters.
    pub rejected: u64,
    /// Configuration version applied, if a newer one came.
    pub config_version: Option<u64>,
}
