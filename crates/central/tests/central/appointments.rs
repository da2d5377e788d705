//! The ZMS adapter against the ZMS double on 127.0.0.1: what the Bürgerservicecenter
//! offers, its free times, a booking (reserve, details, preconfirm, confirm) with the
//! mails ZMS sends, a slot taken by someone else in between, a reservation that
//! expires, details ZMS refuses, the limit per e-mail address, a cancellation, where a
//! process stands, and a system that cannot be reached.

use central::appointments::zms::Zms;
use central::appointments::{AppointmentError, Citizen, ContactField, Progress};
use chrono::{Duration, Utc};
use zmsdouble::{ZmsDouble, APPOINTMENTS_PER_MAIL, OFFICE_ID, RESERVATION_MINUTES, SERVICES};

/// The PIN reset service, which a citizen whose PUK is used up needs.
const PIN_SERVICE: u32 = SERVICES[1].0;

/// A running double, the adapter pointed at it, and a runtime to call it from.
fn setup() -> (ZmsDouble, Zms, tokio::runtime::Runtime) {
    let double = ZmsDouble::start();
    let zms = Zms::new(double.base_url()).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    (double, zms, runtime)
}

fn erika() -> Citizen {
    Citizen {
        name: "Erika Mustermann".into(),
        email: "erika@example.org".into(),
        telephone: Some("+493311234567".into()),
    }
}

/// The free times of the PIN service in the next four weeks.
async fn free(zms: &Zms) -> Vec<i64> {
    let today = Utc::now().date_naive();
    zms.free_times(OFFICE_ID, PIN_SERVICE, today, today + Duration::days(28))
        .await
        .unwrap()
}

#[test]
fn a_citizen_books_a_free_time_and_zms_mails_the_activation_and_the_appointment() {
    let (double, zms, runtime) = setup();
    runtime.block_on(async {
        let offer = zms.offer().await.unwrap();
        assert_eq!(offer.offices[0].id, OFFICE_ID);
        assert!(offer
            .services
            .iter()
            .any(|service| service.id == PIN_SERVICE));
        assert!(offer.relations.contains(&(OFFICE_ID, PIN_SERVICE)));

        let times = free(&zms).await;
        let now = Utc::now().timestamp();
        assert!(!times.is_empty() && times.iter().all(|time| *time > now));
        assert!(times.windows(2).all(|pair| pair[0] < pair[1]));

        let reservation = zms.reserve(OFFICE_ID, PIN_SERVICE, times[0]).await.unwrap();
        assert_eq!(reservation.hold_minutes, Some(RESERVATION_MINUTES));
        assert!(
            !free(&zms).await.contains(&times[0]),
            "a held time is not offered"
        );
        assert_eq!(zms.progress(&reservation).await, Ok(Progress::Reserved));
        let booking = zms.complete(&reservation, &erika()).await.unwrap();
        assert_eq!(
            zms.progress(&reservation).await,
            Ok(Progress::Booked(booking.clone())),
            "ZMS says where the process stands"
        );
        assert_eq!(booking.timestamp, times[0]);
        assert_eq!(booking.office, zmsdouble::OFFICE_NAME);
        assert!(booking.display_number.is_some());
        let kinds: Vec<_> = double
            .mails()
            .iter()
            .map(|mail| (mail.kind, mail.to.clone(), mail.process_id))
            .collect();
        let to = "erika@example.org".to_owned();
        assert_eq!(
            kinds,
            [
                ("activation", to.clone(), booking.process_id),
                ("confirmation", to, booking.process_id)
            ]
        );

        zms.cancel(booking.process_id, &booking.auth_key)
            .await
            .unwrap();
        assert!(
            free(&zms).await.contains(&times[0]),
            "cancelled: free again"
        );
        assert_eq!(double.mails().last().unwrap().kind, "cancellation");
        assert_eq!(zms.progress(&reservation).await, Ok(Progress::Gone));
    });
}

#[test]
fn a_time_taken_by_someone_else_in_between_is_refused_and_nothing_is_held() {
    let (double, zms, runtime) = setup();
    runtime.block_on(async {
        let times = free(&zms).await;
        double.take_slot(times[0]);
        assert_eq!(
            zms.reserve(OFFICE_ID, PIN_SERVICE, times[0]).await,
            Err(AppointmentError::SlotTaken)
        );
        assert_eq!(double.held(), 0);
        zms.reserve(OFFICE_ID, PIN_SERVICE, times[1]).await.unwrap();
        assert_eq!(
            zms.reserve(OFFICE_ID, PIN_SERVICE, times[1]).await,
            Err(AppointmentError::SlotTaken),
            "a time reserved by another station"
        );
    });
}

#[test]
fn a_reservation_held_too_long_expires_and_its_time_is_free_again() {
    let (double, zms, runtime) = setup();
    runtime.block_on(async {
        let times = free(&zms).await;
        let reservation = zms.reserve(OFFICE_ID, PIN_SERVICE, times[0]).await.unwrap();
        double.advance(RESERVATION_MINUTES);
        assert_eq!(
            zms.complete(&reservation, &erika()).await,
            Err(AppointmentError::ReservationExpired)
        );
        assert_eq!(double.held(), 0);
        assert!(free(&zms).await.contains(&times[0]));
        assert!(double.mails().is_empty(), "nothing was mailed");
    });
}

#[test]
fn refused_details_keep_the_reservation_for_a_corrected_try() {
    let (_double, zms, runtime) = setup();
    runtime.block_on(async {
        let times = free(&zms).await;
        let reservation = zms.reserve(OFFICE_ID, PIN_SERVICE, times[0]).await.unwrap();
        for (citizen, field) in [
            (
                Citizen {
                    email: "erika+kiosk@example.org".into(),
                    ..erika()
                },
                ContactField::Email,
            ),
            (
                Citizen {
                    telephone: Some("0331 12".into()),
                    ..erika()
                },
                ContactField::Telephone,
            ),
            (
                Citizen {
                    name: " ".into(),
                    ..erika()
                },
                ContactField::Name,
            ),
        ] {
            assert_eq!(
                zms.complete(&reservation, &citizen).await,
                Err(AppointmentError::Contact(field))
            );
        }
        zms.complete(&reservation, &erika()).await.unwrap();

        // One address holds at most as many appointments as the office allows.
        for time in &times[1..APPOINTMENTS_PER_MAIL] {
            let held = zms.reserve(OFFICE_ID, PIN_SERVICE, *time).await.unwrap();
            zms.complete(&held, &erika()).await.unwrap();
        }
        let one_more = zms
            .reserve(OFFICE_ID, PIN_SERVICE, times[APPOINTMENTS_PER_MAIL])
            .await
            .unwrap();
        assert_eq!(
            zms.complete(&one_more, &erika()).await,
            Err(AppointmentError::TooManyWithSameMail)
        );
    });
}

#[test]
fn a_system_that_cannot_be_reached_or_a_service_it_does_not_offer_is_a_clear_error() {
    let (_double, zms, runtime) = setup();
    runtime.block_on(async {
        let today = Utc::now().date_naive();
        assert_eq!(
            zms.free_times(OFFICE_ID, 99, today, today).await,
            Err(AppointmentError::Refused {
                code: "invalidLocationAndServiceCombination".into(),
                status: 400
            })
        );
        let nowhere = Zms::new("http://127.0.0.1:9/terminvereinbarung/api/citizen").unwrap();
        let error = nowhere.offer().await.unwrap_err();
        assert!(
            matches!(error, AppointmentError::Unreachable(_)),
            "{error:?}"
        );
        assert!(error
            .to_string()
            .starts_with("Das Terminsystem ist nicht erreichbar"));
    });
}
