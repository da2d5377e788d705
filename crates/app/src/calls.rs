//! Calling numbers out: the call display's board (the number called now and its desk,
//! the calls before, who is waiting) and the watch that finds each new call — from the
//! staff window or from `bk` alike — so that it is sounded once.

use chrono::{DateTime, SubsecRound, Utc};
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
///
/// The store keeps call times to the millisecond, so a call in the same millisecond as
/// the last look has a time equal to it: the watch takes calls at or after its mark and
/// remembers which of those at the mark it has already reported.
#[derive(Debug, Clone)]
pub struct CallWatch {
    mark: DateTime<Utc>,
    reported_at_mark: Vec<i64>,
}

impl CallWatch {
    /// A watch that reports calls made from `now` on (not the ones before it started).
    pub fn new(now: DateTime<Utc>) -> Self {
        CallWatch {
            mark: now.trunc_subsecs(3),
            reported_at_mark: Vec::new(),
        }
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
            .filter(|ticket| {
                ticket.called_at.is_some_and(|at| {
                    at > self.mark
                        || (at == self.mark && !self.reported_at_mark.contains(&ticket.id))
                })
            })
            .collect();
        fresh.reverse();
        if let Some(newest) = fresh.iter().filter_map(|t| t.called_at).max() {
            if newest > self.mark {
                self.mark = newest;
                self.reported_at_mark.clear();
            }
            let at_mark = fresh.iter().filter(|t| t.called_at == Some(self.mark));
            self.reported_at_mark.extend(at_mark.map(|t| t.id));
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
    use station::catalogue::Lang;

    #[test]
    fn a_call_in_the_same_millisecond_as_the_last_look_is_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        let station = Station::open(&StationPaths {
            data_dir: Some(dir.path().to_path_buf()),
            assets_dir: None,
        })
        .unwrap();
        crate::staff::select(&station, "stern-center").unwrap();
        let look: DateTime<Utc> = "2026-02-25T10:00:00.123456Z".parse().unwrap();
        let mut watch = CallWatch::new(look);
        for _ in 0..2 {
            crate::tickets::draw(&station, None, station::kinds::Kind::Eid, Lang::De, look)
                .unwrap();
        }
        // Stored as 10:00:00.123, before the look's 10:00:00.123456.
        let same_millisecond: DateTime<Utc> = "2026-02-25T10:00:00.123900Z".parse().unwrap();
        let first = crate::tickets::call_next(&station, None, 1, same_millisecond)
            .unwrap()
            .unwrap();
        let reported = watch.new_calls(&station, same_millisecond).unwrap();
        assert_eq!(
            reported.iter().map(|t| t.id).collect::<Vec<_>>(),
            [first.id]
        );
        assert!(watch
            .new_calls(&station, same_millisecond)
            .unwrap()
            .is_empty());
        let second = crate::tickets::call_next(&station, None, 1, same_millisecond)
            .unwrap()
            .unwrap();
        let reported = watch.new_calls(&station, same_millisecond).unwrap();
        assert_eq!(
            reported.iter().map(|t| t.id).collect::<Vec<_>>(),
            [second.id]
        );
    }
}
