//! The city's content in `assets/` against the seed lists kept here: every station of
//! the city's announcement of the mobile Bürgerservice is in the plan, in its months
//! and on weekdays that fit it in the plan's year; and at least 50 online services
//! link to the service's own page, not to a bare home page.

use std::path::Path;

use chrono::{Datelike, NaiveDate, Weekday};
use station::catalogue::Catalogue;
use station::plan::{Plan, Station};

fn assets(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../assets")
        .join(name)
}

/// When a station may be open: the weekdays its kind of event has.
#[derive(Clone, Copy)]
enum Days {
    /// Working days (Monday to Friday).
    Workdays,
    /// Working days and Saturday.
    WorkdaysAndSaturday,
    /// Any day (a market).
    Any,
}

impl Days {
    fn allows(self, day: NaiveDate) -> bool {
        match self {
            Days::Workdays => day.weekday().number_from_monday() <= 5,
            Days::WorkdaysAndSaturday => day.weekday() != Weekday::Sun,
            Days::Any => true,
        }
    }
}

/// The announcement: station id, the months it is in, and its days.
const SEED: [(&str, &[u32], Days); 18] = [
    ("stern-center", &[2], Days::WorkdaysAndSaturday),
    ("seniorenzentrum-sternenblick", &[3], Days::Workdays),
    ("senioren-centrum-am-volkspark", &[3], Days::Workdays),
    ("campus-am-neuen-palais", &[4, 10], Days::Workdays),
    ("campus-golm", &[4, 10], Days::Workdays),
    ("campus-griebnitzsee", &[4, 10], Days::Workdays),
    ("campus-hpi", &[4, 10], Days::Workdays),
    ("campus-fh-potsdam", &[4, 10], Days::Workdays),
    ("campus-filmuniversitaet", &[4, 10], Days::Workdays),
    ("jobinale", &[6], Days::Workdays),
    ("digitalwoche-bahnhof-golm", &[6], Days::Workdays),
    (
        "digitalwoche-buergerhaus-sternzeichen",
        &[6],
        Days::Workdays,
    ),
    ("digitalwoche-johan-bouman-platz", &[6], Days::Workdays),
    (
        "digitalwoche-stadtteilbibliothek-waldstadt",
        &[6],
        Days::Workdays,
    ),
    ("digitalwoche-bildungsforum", &[6], Days::Workdays),
    ("gross-glienicke", &[9], Days::WorkdaysAndSaturday),
    ("marquardt", &[11], Days::WorkdaysAndSaturday),
    ("weihnachtsmarkt-luisenplatz", &[12], Days::Any),
];

fn station<'a>(plan: &'a Plan, id: &str) -> &'a Station {
    plan.station(id)
        .unwrap_or_else(|_| panic!("the plan lacks the announced station {id}"))
}

#[test]
fn the_plan_has_every_announced_station_in_its_months_on_fitting_days() {
    let plan = Plan::load(assets("stations.json")).unwrap();
    for (id, months, days) in SEED {
        let station = station(&plan, id);
        assert!(!station.days.is_empty(), "{id} has no day");
        for day in &station.days {
            assert!(
                months.contains(&day.month()),
                "{id} on {day}: not in its months {months:?}"
            );
            assert!(
                days.allows(*day),
                "{id} on {day} ({}): not a day it is open",
                day.weekday()
            );
        }
        for month in months {
            assert!(
                station.days.iter().any(|day| day.month() == *month),
                "{id} has no day in month {month}"
            );
        }
    }
    // The Digitalwoche is one week: five stops on consecutive working days.
    let mut week: Vec<NaiveDate> = SEED
        .iter()
        .filter(|(id, ..)| id.starts_with("digitalwoche-"))
        .flat_map(|(id, ..)| station(&plan, id).days.clone())
        .collect();
    week.sort();
    assert_eq!(week.len(), 5);
    assert_eq!(
        week[0].weekday(),
        Weekday::Mon,
        "the Digitalwoche starts on a Monday"
    );
    assert!(week
        .windows(2)
        .all(|pair| pair[1] == pair[0].succ_opt().unwrap()));
    // The Christmas market is open at the weekends.
    let market = station(&plan, "weihnachtsmarkt-luisenplatz");
    assert!(market.days.iter().any(|day| day.weekday() == Weekday::Sat));
}

#[test]
fn at_least_50_services_link_to_their_own_page() {
    let catalogue = Catalogue::load(assets("services.json")).unwrap();
    let deep: Vec<&str> = catalogue
        .services()
        .iter()
        .filter(|service| {
            let url =
                url::Url::parse(&service.url).unwrap_or_else(|e| panic!("{}: {e}", service.id));
            url.scheme() == "https" && !matches!(url.path(), "" | "/")
        })
        .map(|service| service.id.as_str())
        .collect();
    assert!(
        deep.len() >= 50,
        "only {} services link to their own page",
        deep.len()
    );
    // The seed: services whose own page was confirmed (docs/content-sources.md).
    for id in [
        "wohnsitz-ummelden",
        "wohnsitz-anmelden",
        "personalausweis-beantragen",
        "neue-pin-buergerservice",
        "melderegisterauskunft",
        "kita-platz-vormerken",
        "fahrzeug-zulassen",
        "wohngeld",
        "hundesteuer-anmelden",
        "gewerbe-anmelden",
        "grundsteuer",
        "bildung-und-teilhabe",
        "baumfaellung",
        "eheschliessung-anmelden",
    ] {
        assert!(deep.contains(&id), "{id} links to no page of its own");
    }
    // The PIN-Rücksetzbrief has not existed since the end of 2023.
    assert!(catalogue
        .services()
        .iter()
        .all(|service| !service.url.contains("pin-ruecksetzbrief")));
}
