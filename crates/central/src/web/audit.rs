//! Protokoll (admins only): the audit log, newest first, filtered by action and
//! account.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::page::{html, Nav, PageFailure};
use super::session::{with_store, SignedIn};
use super::time::local;
use super::WebState;
use crate::store::AuditAction;

/// Most entries shown at once.
const MAX_ENTRIES: u32 = 500;

/// The filter form.
#[derive(Debug, Default, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    aktion: String,
    #[serde(default)]
    konto: String,
}

struct Entry {
    at: String,
    actor: String,
    action: String,
    subject: String,
    detail: String,
}

struct Choice {
    value: &'static str,
    label: &'static str,
    selected: bool,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    nav: Nav,
    entries: Vec<Entry>,
    actions: Vec<Choice>,
    account: String,
    max_entries: u32,
}

/// `GET /protokoll`.
pub async fn log(
    State(state): State<WebState>,
    clerk: SignedIn,
    query: Result<Query<AuditQuery>, QueryRejection>,
) -> Result<Response, PageFailure> {
    let clerk = clerk.admin()?;
    let Query(query) =
        query.map_err(|_| PageFailure::BadInput("Der Filter ist ungültig.".into()))?;
    let action = match query.aktion.as_str() {
        "" => None,
        text => Some(
            AuditAction::parse(text)
                .ok_or_else(|| PageFailure::BadInput("Unbekannte Aktion im Filter.".into()))?,
        ),
    };
    let account = query.konto.trim().to_owned();
    let actor = Some(account.clone()).filter(|account| !account.is_empty());
    let entries = with_store(&state, move |store| {
        Ok(store.audit_entries(action, actor.as_deref(), MAX_ENTRIES)?)
    })
    .await?;
    let mut actions = vec![Choice {
        value: "",
        label: "Alle Aktionen",
        selected: action.is_none(),
    }];
    actions.extend(AuditAction::ALL.into_iter().map(|each| Choice {
        value: each.as_str(),
        label: each.label(),
        selected: Some(each) == action,
    }));
    html(&AuditPage {
        nav: Nav::new(&clerk, "protokoll"),
        entries: entries
            .into_iter()
            .map(|entry| Entry {
                at: local(&entry.at),
                action: AuditAction::parse(&entry.action)
                    .map_or(entry.action.clone(), |action| action.label().to_owned()),
                actor: entry.actor,
                subject: entry.subject.unwrap_or_default(),
                detail: entry.detail.unwrap_or_default(),
            })
            .collect(),
        actions,
        account,
        max_entries: MAX_ENTRIES,
    })
}
