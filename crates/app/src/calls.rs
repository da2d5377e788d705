//! Calling numbers out: the call display's board (the number called now and its desk,
//! the calls before, who is waiting) and the watch that finds each new call — from the
//! staff window or from `bk` alike — so that it is sounded once.

use chrono::{DateTime, Utc};
use devices::voice;
use serde::Serialize;
use station::tickets::{self, Status, Ticket};

use crate::desks::KindOffer;
use crate::error::AppResult;
use crate::station::Station;
use crate::tickets::TicketView;

/// How many earlier calls the display lists below the current one.
pub const EARLIER_CALLS: u32 = 5;

/// How many tickets of one kind wait.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct KindWaiting {
    /// The kind and its letter.
    #[serde(flatten)]
    pub offer: KindOffer,
    /// Tickets of that kind still waiting.
    pub count: u32,
}

/// What the call display shows.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CallBoard {
    /// The station's name; `None` before staff chose one.
    pub station_name: Option<String>,
    /// The number called last, with its desk.
    pub current: Option<TicketView>,
    /// The calls before it, newest first, at most [`EARLIER_CALLS`].
    pub earlier: Vec<TicketView>,
    /// Who is waiting, per kind offered.
    pub waiting: Vec<KindWaiting>,
}

/// The board at `now`; empty while no station is chosen.
pub fn board(station: &Station, now: DateTime<Utc>) -> AppResult<CallBoard> {
    let plan = station.plan();
    let store = station.store();
    let Some(place) = station::plan::selected(&store, &plan)? else {
        return Ok(CallBoard {
            station_name: None,
            current: None,
            earlier: Vec::new(),
            waiting: Vec::new(),
        });
    };
    let mut calls = tickets::latest_calls(&store, &place.id, now, EARLIER_CALLS + 1)?
        .into_iter()
        .map(TicketView::from);
    let current = calls.next();
    let today = tickets::today(&store, &place.id, now)?;
    let offered = station::desks::offered(&station::desks::list(&store)?);
    let waiting = offered
        .into_iter()
        .map(|kind| KindWaiting {
            offer: KindOffer::from(kind),
            count: today
                .iter()
                .filter(|t| t.kind == kind && t.status == Status::Waiting)
                .count() as u32,
        })
        .collect();
    Ok(CallBoard {
        station_name: Some(place.name.clone()),
        current,
        earlier: calls.collect(),
        waiting,
    })
}

/// Finds the calls made since it last looked.
#[derive(Debug, Clone)]
pub struct CallWatch {
    since: DateTime<Utc>,
}

impl CallWatch {
    /// A watch that reports calls made after `now` (not the ones before it started).
    pub fn new(now: DateTime<Utc>) -> Self {
        CallWatch { since: now }
    }

    /// The calls made since the last look, oldest first; none while no station is
    /// chosen.
    pub fn new_calls(&mut self, station: &Station, now: DateTime<Utc>) -> AppResult<Vec<Ticket>> {
        let plan = station.plan();
        let store = station.store();
        let Some(place) = station::plan::selected(&store, &plan)? else {
            return Ok(Vec::new());
        };
        let mut fresh: Vec<Ticket> = tickets::latest_calls(&store, &place.id, now, 20)?
            .into_iter()
            .filter(|ticket| ticket.called_at.is_some_and(|at| at > self.since))
            .collect();
        fresh.reverse();
        if let Some(newest) = fresh.iter().filter_map(|t| t.called_at).max() {
            self.since = newest;
        }
        Ok(fresh)
    }
}

/// What the voice says for a called ticket (nothing for one without a desk).
pub fn voice_call(ticket: &Ticket) -> Option<voice::Call> {
    Some(voice::Call {
        letter: ticket.kind.letter(),
        number: ticket.number,
        desk: ticket.desk?,
    })
}
