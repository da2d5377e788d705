//! The texts that staff and `bk` read, from the Fluent catalogue (crate `texts`), in a
//! kiosk language.

use station::lang::Lang;

pub use texts::{german, Args, FluentValue};

/// The message `id` in `lang` with `args`, else in German, else `id` itself.
pub fn text(lang: Lang, id: &str, args: &Args<'_>) -> String {
    texts::text(lang.code(), id, args)
}
