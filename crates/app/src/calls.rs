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

/// Finds the calls made since it last looked, by their place in the order in which
/// they were committed (`call_seq`): call times come from the callers' clocks — the
/// staff window, `bk` in another process — and need not be in commit order.
#[derive(Debug, Clone)]
pub struct CallWatch {
    last_seq: i64,
}

impl CallWatch {
    /// A watch that reports the calls made from now on (not the ones before).
    pub fn start(station: &Station) -> AppResult<Self> {
        Ok(CallWatch {
            last_seq: tickets::last_call_seq(&station.store())?,
        })
    }

    /// The calls made since the last look, oldest first; none while no station is
    /// chosen.
    pub fn new_calls(&mut self, station: &Station) -> AppResult<Vec<Ticket>> {
        let plan = station.plan();
        let store = station.store();
        let Some(place) = station::plan::selected(&store, &plan)? else {
            return Ok(Vec::new());
        };
        let fresh = tickets::calls_after(&store, &place.id, self.last_seq)?;
        if let Some(seq) = fresh.iter().filter_map(|ticket| ticket.call_seq).max() {
            self.last_seq = seq;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::StationPaths;
    use station::kinds::Kind;
    use station::lang::Lang;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn each_call_is_reported_once_in_commit_order_whatever_its_time() {
        let dir = tempfile::tempdir().unwrap();
        let station = Station::open(&StationPaths {
            data_dir: Some(dir.path().to_path_buf()),
            assets_dir: None,
        })
        .unwrap();
        crate::staff::select(&station, "stern-center").unwrap();
        for _ in 0..3 {
            crate::tickets::draw(
                &station,
                None,
                Kind::Eid,
                Lang::De,
                at("2026-02-25T10:00:00Z"),
            )
            .unwrap();
        }
        let before = crate::tickets::call_next(&station, None, 1, at("2026-02-25T10:01:00Z"));
        before.unwrap().unwrap();
        let mut watch = CallWatch::start(&station).unwrap();
        assert!(
            watch.new_calls(&station).unwrap().is_empty(),
            "calls before the start"
        );

        // Committed second, but stamped earlier by a clock that is behind.
        let late = crate::tickets::call_next(&station, None, 1, at("2026-02-25T10:05:00Z"));
        let late = late.unwrap().unwrap();
        let early = crate::tickets::call_next(&station, None, 1, at("2026-02-25T10:04:00Z"));
        let early = early.unwrap().unwrap();
        let reported: Vec<i64> = watch
            .new_calls(&station)
            .unwrap()
            .iter()
            .map(|t| t.id)
            .collect();
        assert_eq!(reported, [late.id, early.id]);
        assert!(
            watch.new_calls(&station).unwrap().is_empty(),
            "each call once"
        );
    }
}
