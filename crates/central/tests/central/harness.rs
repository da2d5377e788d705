//! Test harness: runs the real `bk-central` binary on 127.0.0.1 (port chosen by the
//! OS) with a temporary data directory, and plays a station against it.
//!
//! The database is the SQLite file in the data directory, or — when
//! `BK_TEST_CENTRAL_ON=postgres` — a database of its own per data directory in the
//! PostgreSQL cluster at `BK_TEST_POSTGRES` (the scripts start a private one and run
//! this suite once on each store).

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::sync::Once;
use std::time::Duration;

use chrono::Utc;
use ed25519_dalek::SigningKey;
use reqwest::blocking::{Client, Response};
use syncproto::binding::BindingKey;
use syncproto::encoding::to_base64;
use syncproto::{
    seal, EnrollRequest, EnrollResponse, ItemKind, ItemMeta, PushItem, SealPublicKey, ValidItem,
};
use uuid::Uuid;

pub const BIN: &str = env!("CARGO_BIN_EXE_bk-central");

/// The database of the central with data in `dir`, as `--database` takes it: `None`
/// for the SQLite file in `dir`, else a PostgreSQL database of its own (created on
/// first use).
pub fn database_of(dir: &Path) -> Option<String> {
    if std::env::var("BK_TEST_CENTRAL_ON").ok()?.as_str() != "postgres" {
        return None;
    }
    let cluster = std::env::var("BK_TEST_POSTGRES")
        .expect("BK_TEST_CENTRAL_ON=postgres needs BK_TEST_POSTGRES (scripts/test sets both)");
    use sha2::Digest;
    let digest = sha2::Sha256::digest(dir.as_os_str().as_encoded_bytes());
    let name = format!("bk_{}", data_encoding::HEXLOWER.encode(&digest[..12]));
    let mut admin = postgres::Client::connect(&cluster, postgres::NoTls).expect("test cluster");
    let exists = admin
        .query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&name])
        .expect("pg_database");
    if exists.is_none() {
        // Two processes of one test may ask at once: "already exists" is fine.
        let _ = admin.batch_execute(&format!("CREATE DATABASE {name}"));
    }
    let mut url = url::Url::parse(&cluster).expect("cluster URL");
    url.set_path(&name);
    Some(url.to_string())
}

/// The store of the central with data in `dir`, opened in this process.
pub fn open_store(dir: &Path) -> central::store::Store {
    let database = database_of(dir).map_or_else(
        || central::store::Database::Sqlite(dir.join("central.sqlite3")),
        central::store::Database::Postgres,
    );
    central::store::Store::connect(&database).expect("central store")
}

/// `bk-central` with data in `dir` (and its database).
fn command(dir: &Path) -> Command {
    let mut command = Command::new(BIN);
    command
        .arg("--data-dir")
        .arg(dir)
        .env("BK_CENTRAL_LOG", "warn");
    match database_of(dir) {
        Some(url) => command.env("BK_CENTRAL_DATABASE", url),
        None => command.env_remove("BK_CENTRAL_DATABASE"),
    };
    command
}

/// A running `bk-central serve`.
pub struct Central {
    child: Child,
    /// The station API's base URL.
    pub base: String,
    /// The back office's base URL.
    pub web: String,
    pub dir: PathBuf,
    _stdout: ChildStdout,
}

impl Central {
    /// Starts `bk-central serve` with data in `dir` and waits until it listens.
    pub fn start(dir: &Path) -> Central {
        Self::start_with(dir, &[])
    }

    pub fn start_with(dir: &Path, extra: &[&str]) -> Central {
        Self::start_configured(dir, extra, &[])
    }

    /// The same with environment variables `env`; `extra` may name `--listen`.
    pub fn start_configured(dir: &Path, extra: &[&str], env: &[(&str, &str)]) -> Central {
        let listen: &[&str] = if extra.contains(&"--listen") {
            &[]
        } else {
            &["--listen", "127.0.0.1:0"]
        };
        let mut child = command(dir)
            .args(["serve", "--admin-listen", "127.0.0.1:0"])
            .args(listen)
            .args(extra)
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("bk-central starts");
        let stdout = child.stdout.take().expect("stdout piped");
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        reader.read_line(&mut line).expect("read announcement");
        let Some(base) = line.trim().strip_prefix("bk-central lauscht auf ") else {
            let mut stderr = String::new();
            child
                .stderr
                .take()
                .map(|mut pipe| pipe.read_to_string(&mut stderr));
            panic!("bk-central did not start: {line:?} {stderr}");
        };
        let base = base.to_owned();
        line.clear();
        reader.read_line(&mut line).expect("read announcement");
        let web = line
            .trim()
            .strip_prefix("Backoffice unter ")
            .expect("back office announced")
            .to_owned();
        Central {
            child,
            base,
            web,
            dir: dir.to_owned(),
            _stdout: reader.into_inner(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// `kill -9`.
    pub fn kill_hard(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reaped");
    }

    /// SIGTERM, then the exit status.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
        self.child.wait().expect("exits")
    }

    /// Items stored, counted with `bk-central requests list --all --json`.
    pub fn stored_count(&self) -> usize {
        let output = cli(&self.dir, &["requests", "list", "--all", "--json"]);
        assert!(output.status.success(), "{}", stderr_of(&output));
        let list: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        list.as_array().unwrap().len()
    }
}

impl Drop for Central {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A running central in a fresh directory with one enrolled station.
pub fn central_with_station() -> (tempfile::TempDir, Central, Station) {
    let dir = tempfile::tempdir().unwrap();
    let central = Central::start(dir.path());
    let station = Station::enrol(&central, "Bürgerkoffer 1");
    (dir, central, station)
}

/// Runs a `bk-central` command with data in `dir`.
pub fn cli(dir: &Path, args: &[&str]) -> Output {
    cli_with_input(dir, args, "")
}

/// Runs a `bk-central` command with data in `dir` and `input` on its stdin.
pub fn cli_with_input(dir: &Path, args: &[&str], input: &str) -> Output {
    let mut child = command(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bk-central runs");
    let mut stdin = child.stdin.take().expect("stdin piped");
    std::io::Write::write_all(&mut stdin, input.as_bytes()).expect("input written");
    drop(stdin);
    child.wait_with_output().expect("bk-central ends")
}

pub fn stdout_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `bk-central station add NAME`; returns the printed code.
pub fn add_station(dir: &Path, name: &str) -> String {
    let output = cli(dir, &["station", "add", name]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    stdout_of(&output)
        .lines()
        .find_map(|line| line.strip_prefix("Einmaliger Anmeldecode: "))
        .expect("code printed")
        .to_owned()
}

pub fn client() -> Client {
    static PROVIDER: Once = Once::new();
    PROVIDER.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// An enrolled station as the tests play it.
pub struct Station {
    pub enrolment: EnrollResponse,
    pub signing_key: SigningKey,
    pub central_key: SealPublicKey,
}

impl Station {
    /// Adds a station with the CLI and enrols it over HTTP.
    pub fn enrol(central: &Central, name: &str) -> Station {
        let code = add_station(&central.dir, name);
        let signing_key = SigningKey::from_bytes(&rand_seed());
        let response = try_enrol(central, &code, &signing_key);
        assert_eq!(response.status(), 200);
        let enrolment: EnrollResponse = response.json().unwrap();
        let central_key = SealPublicKey::from_base64(&enrolment.hpke_public_key).unwrap();
        Station {
            enrolment,
            signing_key,
            central_key,
        }
    }

    pub fn token(&self) -> &str {
        &self.enrolment.token
    }

    /// A valid item whose personal part `content` is sealed to the central, with this
    /// station's tag (as stations make them).
    pub fn item(&self, content: &serde_json::Value) -> PushItem {
        self.item_with_id(Uuid::now_v7(), content)
    }

    /// Item `id` with `content` sealed anew (a conflicting copy of an item).
    pub fn item_with_id(&self, id: Uuid, content: &serde_json::Value) -> PushItem {
        self.item_for_service(id, "wohngeld", content)
    }

    /// Item `id` about catalogue service `service` with `content` sealed.
    pub fn item_for_service(
        &self,
        id: Uuid,
        service: &str,
        content: &serde_json::Value,
    ) -> PushItem {
        self.item_of_topic(id, service, "Rückruf", content)
    }

    /// Item `id` of `topic` about catalogue service `service` with `content` sealed.
    pub fn item_of_topic(
        &self,
        id: Uuid,
        service: &str,
        topic: &str,
        content: &serde_json::Value,
    ) -> PushItem {
        let plaintext = serde_json::to_vec(content).unwrap();
        let station_id = &self.enrolment.station_id;
        let sealed = seal::seal(
            &self.central_key,
            &id,
            ItemKind::Request,
            station_id,
            &plaintext,
        )
        .unwrap();
        let binding =
            BindingKey::for_token(self.token()).tag(&id, ItemKind::Request, station_id, &sealed);
        ValidItem {
            id,
            kind: ItemKind::Request,
            created_at: Utc::now(),
            meta: ItemMeta {
                service: Some(service.into()),
                topic: topic.into(),
                station: "potsdam-nord".into(),
            },
            sealed,
            binding: Some(binding),
        }
        .to_push_item()
    }

    pub fn items(&self, count: usize) -> Vec<PushItem> {
        (0..count)
            .map(|n| self.item(&serde_json::json!({"name": "Erika Mustermann", "nummer": n})))
            .collect()
    }

    /// Pushes raw JSON items.
    pub fn push_json(&self, central: &Central, items: serde_json::Value) -> Response {
        client()
            .post(central.url("/v1/push"))
            .bearer_auth(self.token())
            .json(&serde_json::json!({ "items": items }))
            .send()
            .unwrap()
    }

    /// `POST /v1/figures` with raw JSON.
    pub fn send_figures(&self, central: &Central, upload: &serde_json::Value) -> Response {
        client()
            .post(central.url("/v1/figures"))
            .bearer_auth(self.token())
            .json(upload)
            .send()
            .unwrap()
    }

    /// Pushes items and returns the per-item statuses.
    pub fn push(&self, central: &Central, items: &[PushItem]) -> Vec<String> {
        let response = self.push_json(central, serde_json::to_value(items).unwrap());
        assert_eq!(response.status(), 200);
        let body: serde_json::Value = response.json().unwrap();
        body["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|result| result["status"].as_str().unwrap().to_owned())
            .collect()
    }

    /// `ack-query`: which ids the central has.
    pub fn ack_query(&self, central: &Central, ids: &[String]) -> Vec<String> {
        let response = client()
            .post(central.url("/v1/ack-query"))
            .bearer_auth(self.token())
            .json(&serde_json::json!({ "ids": ids }))
            .send()
            .unwrap();
        assert_eq!(response.status(), 200);
        let body: syncproto::AckQueryResponse = response.json().unwrap();
        body.present
    }
}

pub fn try_enrol(central: &Central, code: &str, key: &SigningKey) -> Response {
    client()
        .post(central.url("/v1/enroll"))
        .json(&EnrollRequest {
            code: code.to_owned(),
            station_public_key: to_base64(key.verifying_key().as_bytes()),
        })
        .send()
        .unwrap()
}

pub fn rand_seed() -> [u8; 32] {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).unwrap();
    seed
}

/// A file of the repository's `assets/` (the shipped catalogue and plan).
pub fn shipped_asset(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../assets")
            .join(name),
    )
    .expect("asset readable")
}

/// `bk-central config publish` of the shipped catalogue and plan, which must succeed.
pub fn publish_shipped_config(dir: &Path) {
    let services = dir.join("services.json");
    let stations = dir.join("stations.json");
    std::fs::write(&services, shipped_asset("services.json")).unwrap();
    std::fs::write(&stations, shipped_asset("stations.json")).unwrap();
    let published = cli(
        dir,
        &[
            "config",
            "publish",
            services.to_str().unwrap(),
            stations.to_str().unwrap(),
        ],
    );
    assert!(published.status.success(), "{}", stderr_of(&published));
}

/// Waits, when needed, until the rest of the current rate-limit window
/// (`central::server::rate`, whole windows since the epoch) is long enough for a
/// test's tries: a window that ends in the middle of them would reset the count.
pub fn inside_one_rate_window() {
    let window = central::server::rate::WINDOW_SECONDS as u64;
    let into = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        % window;
    if window - into < 20 {
        std::thread::sleep(Duration::from_secs(window - into + 1));
    }
}
