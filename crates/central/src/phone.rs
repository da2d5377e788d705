//! What the pages a citizen opens on their phone from a kiosk's QR code share (the
//! upload page [`crate::upload`], the payment page [`crate::checkout`]): the kiosk's
//! language from `?sprache=`, its texts, the page's frame, times in Potsdam.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Europe::Berlin;
use serde::Deserialize;
use station::lang::Lang;
use texts::FluentValue;

/// The page's language as the link gives it.
#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    #[serde(default)]
    sprache: String,
}

impl LangQuery {
    /// The kiosk language asked for; German when none or an unknown one.
    pub fn lang(query: Result<Query<LangQuery>, QueryRejection>) -> Lang {
        query
            .ok()
            .and_then(|Query(query)| query.sprache.parse().ok())
            .unwrap_or(Lang::De)
    }
}

/// Message `id` in `lang`.
pub fn text(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    texts::text(lang.code(), id, args)
}

/// `time` in Potsdam, as `lang` writes a day, with the time of day.
pub fn local(lang: Lang, time: DateTime<Utc>) -> String {
    let format = format!("{}, %H:%M", lang.day_format());
    time.with_timezone(&Berlin).format(&format).to_string()
}

/// What the frame of every such page shows (`templates/phone.html`).
pub struct Frame {
    /// The language's tag.
    pub lang: &'static str,
    /// Its writing direction.
    pub dir: &'static str,
    /// The city's name in the header.
    pub site: String,
    /// The page's heading.
    pub title: String,
}

impl Frame {
    /// The frame in `lang` with the heading of message `title`.
    pub fn new(lang: Lang, title: &str) -> Frame {
        Frame {
            lang: lang.code(),
            dir: if lang == Lang::Ar { "rtl" } else { "ltr" },
            site: text(lang, "upload-site", &[]),
            title: text(lang, title, &[]),
        }
    }
}

/// `page` as the answer with `status`; a 500 when the template fails.
pub fn render(page: &impl Template, status: StatusCode) -> Response {
    match page.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(error) => {
            tracing::error!(%error, "Vorlage einer Seite fürs Handy ließ sich nicht darstellen");
            (StatusCode::INTERNAL_SERVER_ERROR, "").into_response()
        }
    }
}
