//! A station: a data directory driven by `bk` processes, plus direct reads and bulk
//! writes through the station crate where a process per item would be too slow.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::Utc;
use station::plan::{self, Plan};
use station::requests::{self, AppointmentChoice, Submission};
use station::sync::SyncStatus;
use station::Store;
use syncproto::appointments::BOOKING_TOPIC;

use crate::binaries::bk;

/// The repository's `assets/` directory.
pub fn assets_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets")
}

/// One station data directory.
pub struct Station {
    dir: PathBuf,
}

impl Station {
    /// A station with its data in `dir` and the first station of the plan selected.
    pub fn new(dir: &Path) -> Self {
        let station = Self {
            dir: dir.to_path_buf(),
        };
        let plan = Plan::load(assets_dir().join("stations.json")).expect("station plan");
        let first = plan.stations()[0].id.clone();
        plan::select(&station.store(), &plan, &first).expect("station selected");
        station
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A `bk` command for this station.
    pub fn bk(&self, args: &[&str]) -> Command {
        let mut command = Command::new(bk());
        command
            .args(args)
            .env("BK_DATA_DIR", &self.dir)
            .env("BK_ASSETS_DIR", assets_dir());
        command
    }

    /// Runs `bk ARGS` to the end.
    pub fn run(&self, args: &[&str]) -> Output {
        self.bk(args).output().expect("bk runs")
    }

    /// `bk enroll URL CODE`, which must succeed.
    pub fn enrol(&self, url: &str, code: &str) {
        let output = self.run(&["enroll", url, code]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Points the station's enrolment at another address (a proxy), as IT would after
    /// moving the central behind another host name.
    pub fn repoint(&self, url: &str) {
        let conn = rusqlite::Connection::open(self.dir.join("station.sqlite")).expect("store");
        conn.execute("UPDATE enrolment SET central_url = ?1", [url])
            .expect("central address changed");
    }

    /// Opens the store.
    pub fn store(&self) -> Store {
        Store::open(self.dir.join("station.sqlite")).expect("station store")
    }

    /// Records `count` callback requests through the station crate; their item ids.
    pub fn add_requests(&self, count: usize) -> BTreeSet<String> {
        let store = self.store();
        (0..count)
            .map(|n| {
                requests::submit(&store, Utc::now(), &callback(n, "Bitte zurückrufen."))
                    .expect("request recorded")
                    .item_id
            })
            .collect()
    }

    /// The topics [`Station::add_mixed_requests`] records.
    pub const MIXED_TOPICS: [&'static str; 3] = ["meldebescheinigung", "rueckruf", BOOKING_TOPIC];

    /// Records `count` requests of every kind a citizen leaves, in turn: a callback, a
    /// certificate ordered with its fee, an appointment wish; their item ids.
    pub fn add_mixed_requests(&self, count: usize) -> BTreeSet<String> {
        let store = self.store();
        (0..count)
            .map(|n| {
                let submission = match n % 3 {
                    0 => callback(n, "Bitte zurückrufen."),
                    1 => certificate_order(n),
                    _ => appointment_wish(n),
                };
                requests::submit(&store, Utc::now(), &submission)
                    .expect("request recorded")
                    .item_id
            })
            .collect()
    }

    /// Every outbox item id.
    pub fn item_ids(&self) -> BTreeSet<String> {
        crate::ids_in(&self.dir.join("station.sqlite"), "SELECT id FROM outbox")
    }

    /// The sync status as staff see it.
    pub fn status(&self) -> SyncStatus {
        station::sync::status(&self.store(), false).expect("status")
    }

    /// Runs `bk sync` until nothing is pending (at most `rounds` times).
    pub fn sync_until_done(&self, rounds: usize) -> SyncStatus {
        for _ in 0..rounds {
            let output = self.run(&["sync", "--batch", "100"]);
            let status = self.status();
            if output.status.success() && status.pending == 0 {
                return status;
            }
        }
        panic!("still pending after {rounds} rounds: {:?}", self.status());
    }
}

/// `bk` arguments that order a certificate of registration by post (a request with a
/// fee) for Erika Mustermann.
pub const ORDER_CERTIFICATE: [&str; 13] = [
    "request",
    "add",
    "--topic",
    "meldebescheinigung",
    "--field",
    "name=Erika Mustermann",
    "--field",
    "birth_date=1950-12-24",
    "--field",
    "address=Friedrich-Ebert-Straße 79",
    "--field",
    "phone=0331 1234",
    "--consent",
];

/// A valid callback request of person `n` with `message`.
pub fn callback(n: usize, message: &str) -> Submission {
    Submission {
        topic: "rueckruf".into(),
        lang: "de".into(),
        fields: BTreeMap::from([
            ("name".to_owned(), format!("Person {n}")),
            ("phone".to_owned(), format!("0331 {n:06}")),
            ("message".to_owned(), message.to_owned()),
        ]),
        consent: true,
        appointment: None,
    }
}

/// A certificate of registration ordered by post (a request with a fee) by person `n`.
pub fn certificate_order(n: usize) -> Submission {
    Submission {
        topic: "meldebescheinigung".into(),
        lang: "de".into(),
        fields: BTreeMap::from([
            ("name".to_owned(), format!("Person {n}")),
            ("birth_date".to_owned(), "1950-12-24".to_owned()),
            ("address".to_owned(), "Friedrich-Ebert-Straße 79".to_owned()),
            ("phone".to_owned(), format!("0331 {n:06}")),
        ]),
        consent: true,
        appointment: None,
    }
}

/// An appointment wish of person `n`: a new PIN at the Bürgerservicecenter in a week
/// (kept while the station could not reach the central).
pub fn appointment_wish(n: usize) -> Submission {
    Submission {
        topic: BOOKING_TOPIC.into(),
        lang: "de".into(),
        fields: BTreeMap::from([
            ("name".to_owned(), format!("Person {n}")),
            ("email".to_owned(), format!("person{n}@example.org")),
        ]),
        consent: true,
        appointment: Some(AppointmentChoice {
            service: "neue-pin-buergerservice".into(),
            time: Utc::now() + chrono::Duration::days(7),
        }),
    }
}

/// stdout and stderr of a run, for assertions and messages.
pub fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}
