//! A scripted central: axum on a loopback port, in a runtime of its own. Enrolment
//! answers with fresh keys; `POST /v1/push` answers what the test's script makes of
//! the batch's item ids (every batch is recorded); `ack-query` holds nothing;
//! `GET /v1/config` answers 304 unless scripted. Plus the station-side steps the
//! tests share: an enrolled station, requests, one round, the state of an item.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use chrono::Utc;
use ed25519_dalek::{SigningKey, VerifyingKey};
use station::outbox::{self, OutboxCounts};
use station::plan;
use station::requests::{self, Submission};
use station::sync::round::{self, RoundOptions, RoundReport};
use station::sync::{self, enrolment, SyncError};
use station::Store;
use syncproto::encoding::to_base64;
use syncproto::{
    ApiError, EnrollResponse, ItemOutcome, ItemResult, PushResponse, SealPrivateKey, SealPublicKey,
};
use tokio::runtime::Runtime;

/// Makes an answer from the ids of a pushed batch (empty for config).
type Script = Arc<dyn Fn(&[String]) -> Response + Send + Sync>;

#[derive(Clone)]
struct Scripts {
    push: Arc<Mutex<Script>>,
    config: Arc<Mutex<Script>>,
    batches: Arc<Mutex<Vec<Vec<String>>>>,
}

/// A running scripted central.
pub struct FakeCentral {
    url: String,
    scripts: Scripts,
    runtime: Option<Runtime>,
}

impl FakeCentral {
    /// Listens on a free loopback port; stores every push, has no newer configuration.
    pub fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let scripts = Scripts {
            push: Arc::new(Mutex::new(Arc::new(|ids: &[String]| stored(ids)))),
            config: Arc::new(Mutex::new(Arc::new(|_: &[String]| {
                answer(StatusCode::NOT_MODIFIED, "", Body::empty())
            }))),
            batches: Arc::default(),
        };
        let app = Router::new()
            .route("/v1/enroll", post(enroll))
            .route("/v1/push", post(push))
            .route(
                "/v1/ack-query",
                post(|| async { json(StatusCode::OK, &serde_json::json!({"present": []})) }),
            )
            .route("/v1/config", get(config))
            .layer(DefaultBodyLimit::disable())
            .with_state(scripts.clone());
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("port");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        runtime.spawn(async move { axum::serve(listener, app).await });
        Self {
            url,
            scripts,
            runtime: Some(runtime),
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// From now on, pushes are answered by `script` (given the batch's item ids).
    pub fn on_push(&self, script: impl Fn(&[String]) -> Response + Send + Sync + 'static) {
        *self.scripts.push.lock().unwrap() = Arc::new(script);
    }

    /// From now on, `GET /v1/config` is answered by `script`.
    pub fn on_config(&self, script: impl Fn() -> Response + Send + Sync + 'static) {
        *self.scripts.config.lock().unwrap() = Arc::new(move |_: &[String]| script());
    }

    /// The item ids of every push so far, batch by batch.
    pub fn batches(&self) -> Vec<Vec<String>> {
        self.scripts.batches.lock().unwrap().clone()
    }
}

impl Drop for FakeCentral {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// The fake central's keys: fixed, so that [`enrolment_code`] can hold their
/// fingerprint.
fn keys() -> (SealPublicKey, VerifyingKey) {
    let hpke = SealPrivateKey::from_bytes(&[7; 32])
        .expect("key")
        .public_key();
    (hpke, SigningKey::from_bytes(&[9; 32]).verifying_key())
}

/// A code the fake central takes, ending in its keys' fingerprint.
pub fn enrolment_code() -> String {
    let (hpke, signing) = keys();
    syncproto::enrolment_code::display(
        "ABCDEFGHJKMN",
        &syncproto::enrolment_code::fingerprint(&hpke.to_bytes(), signing.as_bytes()),
    )
}

async fn enroll() -> Response {
    let (hpke, signing) = keys();
    json(
        StatusCode::OK,
        &EnrollResponse {
            station_id: "0190a5b0-0000-7000-8000-000000000001".into(),
            station_name: "Teststation".into(),
            token: "test-token".into(),
            hpke_public_key: hpke.to_base64(),
            central_signing_key: to_base64(signing.as_bytes()),
        },
    )
}

async fn push(State(scripts): State<Scripts>, body: Bytes) -> Response {
    let body: serde_json::Value = serde_json::from_slice(&body).expect("push body is JSON");
    let ids: Vec<String> = body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_owned())
        .collect();
    scripts.batches.lock().unwrap().push(ids.clone());
    let script = Arc::clone(&scripts.push.lock().unwrap());
    script(&ids)
}

async fn config(State(scripts): State<Scripts>) -> Response {
    let script = Arc::clone(&scripts.config.lock().unwrap());
    script(&[])
}

/// An answer with `status`, `content_type` (none when empty) and `body`.
pub fn answer(status: StatusCode, content_type: &str, body: Body) -> Response {
    let mut builder = Response::builder().status(status);
    if !content_type.is_empty() {
        builder = builder.header(header::CONTENT_TYPE, content_type);
    }
    builder.body(body).expect("response")
}

/// A JSON answer.
pub fn json(status: StatusCode, value: &impl serde::Serialize) -> Response {
    let text = serde_json::to_string(value).expect("JSON");
    answer(status, "application/json", Body::from(text))
}

/// The push results as given, in that order.
pub fn results(results: Vec<(Option<&str>, ItemOutcome)>) -> Response {
    let results = results
        .into_iter()
        .map(|(id, outcome)| ItemResult {
            id: id.map(str::to_owned),
            outcome,
        })
        .collect();
    json(StatusCode::OK, &PushResponse { results })
}

/// Every item of the batch stored.
pub fn stored(ids: &[String]) -> Response {
    results(
        ids.iter()
            .map(|id| (Some(id.as_str()), ItemOutcome::Stored))
            .collect(),
    )
}

/// The central's `ApiError` with `status` and `code`.
pub fn api_error(status: u16, code: &str) -> Response {
    json(
        StatusCode::from_u16(status).expect("status"),
        &ApiError {
            error: code.into(),
            message: format!("Abgelehnt: {code}"),
        },
    )
}

/// A station enrolled at `central`, with the fixture station selected; its store
/// lives in the returned temporary directory.
pub fn enrolled_station(central: &FakeCentral) -> (tempfile::TempDir, Store) {
    let (dir, store) = crate::common::temp_store();
    plan::select(&store, &crate::common::plan(), "stern-center").expect("station selected");
    sync::block_on(enrolment::enrol(
        &store,
        central.url(),
        &enrolment_code(),
        Utc::now(),
    ))
    .expect("enrolled");
    (dir, store)
}

/// Records `count` callback requests; their item ids, oldest first.
pub fn add_requests(store: &Store, count: usize) -> Vec<String> {
    (0..count)
        .map(|n| {
            let submission = Submission {
                topic: "rueckruf".into(),
                lang: "de".into(),
                fields: BTreeMap::from([
                    ("name".to_owned(), format!("Person {n}")),
                    ("phone".to_owned(), format!("0331 {n:06}")),
                ]),
                consent: true,
                appointment: None,
            };
            requests::submit(store, Utc::now(), &submission)
                .expect("request recorded")
                .item_id
        })
        .collect()
}

/// One round with batches of at most `batch_size`.
pub fn sync_round(store: &Store, batch_size: usize) -> Result<RoundReport, SyncError> {
    let enrolment = enrolment::require(store).expect("enrolled");
    sync::block_on(round::run(
        store,
        &enrolment,
        RoundOptions { batch_size },
        Utc::now,
        &mut |_| {},
    ))
}

/// The outbox counts.
pub fn counts(store: &Store) -> OutboxCounts {
    outbox::counts(store).expect("counts")
}

/// The state of item `id` (`pending`, `acknowledged`, `dead_letter`), read from the file.
pub fn state_of(store: &Store, id: &str) -> String {
    rusqlite::Connection::open(store.path())
        .expect("store file")
        .query_row("SELECT state FROM outbox WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .expect("item")
}
