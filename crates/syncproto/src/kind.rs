//! The kinds of item the sync protocol carries (their wire names); the seal binds an
//! item to its kind, the validation checks it.

/// The kinds of item the protocol knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// A citizen's request left at the station ("Anliegen hinterlassen").
    Request,
}

impl ItemKind {
    /// Every known kind.
    pub const ALL: [ItemKind; 1] = [ItemKind::Request];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Request => "request",
        }
    }

    /// Parses a wire name.
    pub fn parse(text: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
}
