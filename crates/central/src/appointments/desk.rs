//! The central's appointment desk for stations: free times of a catalogue service, a
//! time held for a station under a handle of the central's own (the appointment
//! system's process id and key never leave the central), and the booking of a held
//! time. Holds live in memory for as long as the appointment system holds the time: a
//! restart of the central loses them, and the station then hears "reservation expired"
//! and the citizen picks the time again.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{Duration, Utc};
use station::catalogue::AppointmentRef;
use syncproto::appointments::Held;
use tokio::sync::Notify;

use super::zms::Zms;
use super::{AppointmentError, Booking, Citizen, Progress, Reservation};
use crate::secrets::new_token;

/// How many days ahead free times are offered.
pub const DAYS_AHEAD: i64 = 28;
/// How long a time counts as held when the appointment system does not say.
const DEFAULT_HOLD_MINUTES: i64 = 10;
/// How many times one station holds at once (a kiosk and staff's `bk`).
pub const HOLDS_PER_STATION: usize = 2;

/// A time held for a station.
#[derive(Debug, Clone)]
pub struct Hold {
    /// The station that reserved it.
    pub station: String,
    /// The catalogue service it is for.
    pub service: String,
    /// The appointment system's reservation.
    pub reservation: Reservation,
    /// The office's name.
    pub office: String,
    /// Until when it is held, Unix seconds.
    pub expires_at: i64,
    /// When the central took it (orders a station's holds: several are taken within
    /// one second, and the system's expiry counts in seconds).
    pub taken_at: std::time::Instant,
}

/// The desk: the appointment system and the times held for stations.
pub struct Desk {
    zms: Zms,
    holds: Mutex<HashMap<String, Hold>>,
    offices: Mutex<HashMap<u32, String>>,
    /// Woken when a station pushed a wish to book.
    wishes: Notify,
}

impl Desk {
    /// A desk booking in `zms`.
    pub fn new(zms: Zms) -> Desk {
        Desk {
            zms,
            holds: Mutex::default(),
            offices: Mutex::default(),
            wishes: Notify::new(),
        }
    }

    /// Tells the wish booker that a station pushed a wish.
    pub fn wake(&self) {
        self.wishes.notify_one();
    }

    /// Waits until [`Desk::wake`] is called.
    pub async fn woken(&self) {
        self.wishes.notified().await;
    }

    /// Reserves a time for a wish of the service booked at `at`: the wished time, or
    /// when it is taken the next free time after it (the first free one when it has
    /// passed). The office's name and the reservation.
    pub async fn reserve_wish(
        &self,
        at: AppointmentRef,
        wished: i64,
    ) -> Result<(String, Reservation), AppointmentError> {
        let office = self.office_name(at.office).await?;
        let reservation = match self.zms.reserve(at.office, at.service, wished).await {
            Err(AppointmentError::SlotTaken | AppointmentError::Refused { .. }) => {
                let (_, times) = self.free_times(at).await?;
                let next = times
                    .iter()
                    .find(|time| **time >= wished)
                    .or(times.first())
                    .ok_or(AppointmentError::NoFreeTime)?;
                self.zms.reserve(at.office, at.service, *next).await?
            }
            other => other?,
        };
        Ok((office, reservation))
    }

    /// Completes a wish's `reservation` for `citizen`. A refusal gives the time back;
    /// a system that could not be reached may have booked it, so the time is kept for
    /// [`Desk::settle`].
    pub async fn complete_wish(
        &self,
        reservation: &Reservation,
        citizen: &Citizen,
    ) -> Result<Booking, AppointmentError> {
        let booked = self.zms.complete(reservation, citizen).await;
        self.give_back_if_refused(reservation, &booked).await;
        booked
    }

    /// Gives `reservation` back when `outcome` is a refusal for good.
    async fn give_back_if_refused<T>(
        &self,
        reservation: &Reservation,
        outcome: &Result<T, AppointmentError>,
    ) {
        if matches!(outcome, Err(error) if error.is_refusal()) {
            let _ = self
                .cancel(reservation.process_id, &reservation.auth_key)
                .await;
        }
    }

    /// Finishes a booking begun earlier whose end the central did not record (it died,
    /// or the system's answer was lost): the booking when the system has it, completed
    /// for `citizen` now when it is still held, `None` when it is gone. A refusal for
    /// good gives the time back.
    pub async fn settle(
        &self,
        reservation: &Reservation,
        citizen: &Citizen,
    ) -> Result<Option<Booking>, AppointmentError> {
        let finished = match self.zms.progress(reservation).await? {
            Progress::Booked(booking) => return Ok(Some(booking)),
            Progress::Gone => return Ok(None),
            Progress::Reserved => self.zms.complete(reservation, citizen).await,
            Progress::Preconfirmed => self.zms.confirm(reservation).await,
        };
        match finished {
            // Its hold ran out meanwhile, or another central process is completing it.
            Err(AppointmentError::ReservationExpired) => {
                match self.zms.progress(reservation).await? {
                    Progress::Booked(booking) => Ok(Some(booking)),
                    Progress::Gone => Ok(None),
                    Progress::Reserved | Progress::Preconfirmed => Err(AppointmentError::Busy),
                }
            }
            other => {
                self.give_back_if_refused(reservation, &other).await;
                other.map(Some)
            }
        }
    }

    /// Cancels process `process_id` (key `auth_key`): a time held, or a booked
    /// appointment (the system then mails the citizen); the time is free again.
    pub async fn cancel(&self, process_id: u64, auth_key: &str) -> Result<(), AppointmentError> {
        self.zms.cancel(process_id, auth_key).await
    }

    /// The office's name and the free times from now on, for [`DAYS_AHEAD`] days.
    pub async fn free_times(
        &self,
        at: AppointmentRef,
    ) -> Result<(String, Vec<i64>), AppointmentError> {
        let today = Utc::now().date_naive();
        let mut times = self
            .zms
            .free_times(
                at.office,
                at.service,
                today,
                today + Duration::days(DAYS_AHEAD),
            )
            .await?;
        let now = Utc::now().timestamp();
        times.retain(|time| *time > now);
        Ok((self.office_name(at.office).await?, times))
    }

    /// Holds `time` of catalogue service `service` (booked at `at`) for `station`.
    pub async fn reserve(
        &self,
        station: &str,
        service: &str,
        at: AppointmentRef,
        time: i64,
    ) -> Result<Held, AppointmentError> {
        let office = self.office_name(at.office).await?;
        let reservation = self.zms.reserve(at.office, at.service, time).await?;
        let hold_minutes = reservation.hold_minutes.unwrap_or(DEFAULT_HOLD_MINUTES);
        let expires_at = Utc::now().timestamp() + hold_minutes * 60;
        let handle = new_token()
            .map_err(|error| AppointmentError::Unreachable(error.to_string()))?
            .to_string();
        let released = {
            let mut holds = self.holds.lock().unwrap_or_else(|e| e.into_inner());
            let now = Utc::now().timestamp();
            holds.retain(|_, hold| hold.expires_at > now);
            holds.insert(
                handle.clone(),
                Hold {
                    station: station.to_owned(),
                    service: service.to_owned(),
                    reservation,
                    office: office.clone(),
                    expires_at,
                    taken_at: std::time::Instant::now(),
                },
            );
            oldest_beyond_limit(&mut holds, station)
        };
        // A station holds a few times at most: a citizen who went back and picked
        // another time gives the first back, and no station can hold a whole day.
        for reservation in released {
            let _ = self
                .zms
                .cancel(reservation.process_id, &reservation.auth_key)
                .await;
        }
        Ok(Held {
            reservation: handle,
            time,
            office,
            expires_at,
        })
    }

    /// The hold `handle` of `station`, if it is that station's and still held.
    pub fn hold(&self, handle: &str, station: &str) -> Result<Hold, AppointmentError> {
        let holds = self.holds.lock().unwrap_or_else(|e| e.into_inner());
        holds
            .get(handle)
            .filter(|hold| hold.station == station && hold.expires_at > Utc::now().timestamp())
            .cloned()
            .ok_or(AppointmentError::ReservationExpired)
    }

    /// Books `hold` (handle `handle`) for `citizen`; the hold is gone once booked, and
    /// stays when the system refused the citizen's details, so a corrected try books it.
    pub async fn book(
        &self,
        handle: &str,
        hold: &Hold,
        citizen: &Citizen,
    ) -> Result<Booking, AppointmentError> {
        let booked = self.zms.complete(&hold.reservation, citizen).await;
        if !matches!(booked, Err(AppointmentError::Contact(_))) {
            self.holds
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(handle);
        }
        booked
    }

    /// The name of office `id`, from the system's offer (asked once).
    async fn office_name(&self, id: u32) -> Result<String, AppointmentError> {
        if let Some(name) = self
            .offices
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&id)
        {
            return Ok(name.clone());
        }
        let offer = self.zms.offer().await?;
        let mut offices = self.offices.lock().unwrap_or_else(|e| e.into_inner());
        offices.extend(offer.offices.into_iter().map(|o| (o.id, o.name)));
        Ok(offices
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("Amt {id}")))
    }
}

/// Removes `station`'s oldest holds beyond [`HOLDS_PER_STATION`] from `holds`; their
/// reservations, to be given back.
fn oldest_beyond_limit(holds: &mut HashMap<String, Hold>, station: &str) -> Vec<Reservation> {
    let mut own: Vec<(std::time::Instant, String)> = holds
        .iter()
        .filter(|(_, hold)| hold.station == station)
        .map(|(handle, hold)| (hold.taken_at, handle.clone()))
        .collect();
    own.sort();
    let surplus = own.len().saturating_sub(HOLDS_PER_STATION);
    own.into_iter()
        .take(surplus)
        .filter_map(|(_, handle)| holds.remove(&handle))
        .map(|hold| hold.reservation)
        .collect()
}
