//! The `bk-central` command line. Texts are German (for IT); errors go to stderr
//! with exit code 1. Accounts: [`clerks`]. What the command line does to personal
//! data, stations and configuration is in the audit log under "Kommandozeile".

mod clerks;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use qrcode::render::unicode::Dense1x2;
use qrcode::QrCode;
use thiserror::Error;
use zeroize::Zeroizing;

use crate::accounts::password::PasswordError;
use crate::backoffice::open_request;
use crate::calls::VideoAccess;
use crate::import::{import_file, ImportError};
use crate::keys::{CentralKeys, KeyFileError};
use crate::payments::xbezahl::PlatformAccess;
use crate::publish::{publish, PublishError};
use crate::retention::RetentionPolicy;
use crate::secrets::NoEntropy;
use crate::server::{serve, PaymentsOptions, ServeError, ServeOptions};
use crate::store::{
    AuditAction, Database, RequestFilter, RequestSummary, StatusFilter, Store, StoreError,
};
use clerks::ClerkCommand;

#[derive(Parser)]
#[command(
    name = "bk-central",
    version,
    about = "Zentrale des Bürgerkoffers: nimmt Anliegen der Stationen an, verteilt die Konfiguration und bietet das Backoffice im Browser"
)]
struct Cli {
    /// Datenverzeichnis (Schlüssel; Datenbank, wenn --database fehlt)
    #[arg(
        long,
        env = "BK_CENTRAL_DATA_DIR",
        default_value = "bk-central-data",
        global = true
    )]
    data_dir: PathBuf,
    /// Datenbank der Zentrale: eine SQLite-Datei (Standard: DATENVERZEICHNIS/central.sqlite3)
    /// oder postgres://BENUTZER@HOST/DATENBANK (mehrere Prozesse können sie teilen)
    #[arg(long, alias = "db", env = "BK_CENTRAL_DATABASE", global = true)]
    database: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Startet die Sync-Schnittstelle und das Backoffice (je ein eigener Port)
    Serve(Box<ServeArgs>),
    /// Konten des Backoffice verwalten
    #[command(subcommand)]
    Clerk(ClerkCommand),
    /// Löscht die Personendaten erledigter Anliegen nach Ablauf der Aufbewahrungsfrist
    Purge(RetentionArgs),
    /// Stationen verwalten
    #[command(subcommand)]
    Station(StationCommand),
    /// Eingegangene Anliegen ansehen und erledigen
    #[command(subcommand)]
    Requests(RequestsCommand),
    /// Importiert eine Exportdatei (USB-Stick) einer Station
    Import {
        /// Pfad der Exportdatei
        file: PathBuf,
    },
    /// Konfiguration verteilen
    #[command(subcommand)]
    Config(ConfigCommand),
}

#[derive(Args)]
struct ServeArgs {
    /// Adresse und Port der Sync-Schnittstelle (für die Stationen)
    #[arg(long, env = "BK_CENTRAL_LISTEN", default_value = "127.0.0.1:8700")]
    listen: SocketAddr,
    /// Adresse und Port des Backoffice (für die Sachbearbeitung im Browser)
    #[arg(
        long,
        env = "BK_CENTRAL_ADMIN_LISTEN",
        default_value = "127.0.0.1:8701"
    )]
    admin_listen: SocketAddr,
    #[command(flatten)]
    retention: RetentionArgs,
    /// TLS-Zertifikatskette (PEM); mit --tls-key zusammen
    #[arg(long, requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// Privater TLS-Schlüssel (PEM); mit --tls-cert zusammen
    #[arg(long, requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// Bürger-Schnittstelle des Terminsystems (ZMS), z. B.
    /// https://termine.example/terminvereinbarung/api/citizen; ohne sie buchen die
    /// Stationen keine Termine
    #[arg(long, env = "BK_CENTRAL_APPOINTMENTS_URL")]
    appointments_url: Option<String>,
    #[command(flatten)]
    payments: PaymentsArgs,
    #[command(flatten)]
    video: VideoArgs,
}

/// The city's video platform (Janus); without it the stations offer no video call. The
/// VideoRoom plugin's admin key comes from [`VIDEO_ADMIN_KEY`] only.
#[derive(Args)]
struct VideoArgs {
    /// HTTP-Schnittstelle der Videoplattform (Janus), wie die Zentrale sie erreicht,
    /// z. B. http://127.0.0.1:8088/janus; ohne sie bieten die Stationen keine
    /// Videogespräche an
    #[arg(long, env = "BK_CENTRAL_VIDEO_URL")]
    video_url: Option<String>,
    /// Dieselbe Schnittstelle, wie Handys und die Browser der Sachbearbeitung sie
    /// erreichen, z. B. https://video.potsdam.example/janus (Vorgabe: --video-url)
    #[arg(long, env = "BK_CENTRAL_VIDEO_PUBLIC_URL", requires = "video_url")]
    video_public_url: Option<String>,
}

/// The environment variable that holds the VideoRoom plugin's admin key.
const VIDEO_ADMIN_KEY: &str = "BK_CENTRAL_VIDEO_ADMIN_KEY";

impl VideoArgs {
    /// The platform's options, when one is given.
    fn options(self) -> Result<Option<VideoAccess>, CliError> {
        let Some(url) = self.video_url else {
            return Ok(None);
        };
        let admin_key = std::env::var(VIDEO_ADMIN_KEY)
            .ok()
            .filter(|key| !key.is_empty())
            .ok_or(CliError::NoVideoAdminKey)?;
        Ok(Some(VideoAccess {
            public_url: self.video_public_url.unwrap_or_else(|| url.clone()),
            url,
            admin_key: Zeroizing::new(admin_key),
        }))
    }
}

/// The city's payment platform (XBezahldienste); without it fees are paid by transfer.
/// Its password comes from [`PAYMENTS_PASSWORD`] only, never from the command line.
#[derive(Args)]
struct PaymentsArgs {
    /// Schnittstelle der Bezahlplattform (XBezahldienste), z. B.
    /// https://epay.example/xbezahldienste/v1; ohne sie zahlen Bürger*innen Gebühren nur
    /// per Überweisung
    #[arg(
        long,
        env = "BK_CENTRAL_PAYMENTS_URL",
        requires_all = ["payments_originator", "payments_end_point", "payments_user", "public_url"]
    )]
    payments_url: Option<String>,
    /// Kennung der Stadt (Bewirtschafter, originatorId) bei der Bezahlplattform
    #[arg(long, env = "BK_CENTRAL_PAYMENTS_ORIGINATOR")]
    payments_originator: Option<String>,
    /// Endpunkt (endPointId) des Bürgerkoffers bei der Bezahlplattform
    #[arg(long, env = "BK_CENTRAL_PAYMENTS_END_POINT")]
    payments_end_point: Option<String>,
    /// Benutzername für die Bezahlplattform
    #[arg(long, env = "BK_CENTRAL_PAYMENTS_USER")]
    payments_user: Option<String>,
    /// Adresse der Sync-Schnittstelle, wie Handys sie erreichen (die Bezahlplattform
    /// schickt Bürger*innen dorthin zurück), z. B. https://buergerkoffer.potsdam.example
    #[arg(long, env = "BK_CENTRAL_PUBLIC_URL")]
    public_url: Option<String>,
    /// Sekunden zwischen zwei Abfragen offener Zahlungen bei der Bezahlplattform
    #[arg(long, env = "BK_CENTRAL_PAYMENTS_CHECK_SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    payments_check_seconds: u64,
}

/// The environment variable that holds the payment platform's password.
const PAYMENTS_PASSWORD: &str = "BK_CENTRAL_PAYMENTS_PASSWORD";

impl PaymentsArgs {
    /// The platform's options, when one is given.
    fn options(self) -> Result<Option<PaymentsOptions>, CliError> {
        let (Some(base_url), Some(originator), Some(end_point), Some(user), Some(public_url)) = (
            self.payments_url,
            self.payments_originator,
            self.payments_end_point,
            self.payments_user,
            self.public_url,
        ) else {
            return Ok(None);
        };
        let password = std::env::var(PAYMENTS_PASSWORD)
            .ok()
            .filter(|password| !password.is_empty())
            .ok_or(CliError::NoPaymentsPassword)?;
        Ok(Some(PaymentsOptions {
            access: PlatformAccess {
                base_url,
                originator,
                end_point,
                user,
                password: Zeroizing::new(password),
            },
            public_url,
            every: std::time::Duration::from_secs(self.payments_check_seconds),
        }))
    }
}

#[derive(Args, Clone, Copy)]
struct RetentionArgs {
    /// Tage nach der Erledigung, bis die Personendaten eines Anliegens gelöscht werden
    #[arg(long, env = "BK_CENTRAL_RETENTION_DAYS", default_value_t = 90, value_parser = clap::value_parser!(u32).range(1..=3650))]
    retention_days: u32,
    /// Tage nach dem Eingang, ab denen ein offenes Anliegen als überfällig gilt
    #[arg(long, env = "BK_CENTRAL_OVERDUE_DAYS", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=3650))]
    overdue_days: u32,
}

impl From<RetentionArgs> for RetentionPolicy {
    fn from(args: RetentionArgs) -> Self {
        RetentionPolicy {
            delete_after_days: args.retention_days,
            flag_open_after_days: args.overdue_days,
        }
    }
}

#[derive(Subcommand)]
enum StationCommand {
    /// Legt eine Station an und zeigt ihren einmaligen Anmeldecode (mit QR-Code)
    Add {
        /// Name der Station, z. B. „Bürgerkoffer 1“
        name: String,
        /// Gültigkeit des Codes in Stunden (höchstens 168)
        #[arg(long, default_value_t = 72, value_parser = clap::value_parser!(u32).range(1..=168))]
        valid_hours: u32,
    },
    /// Sperrt eine Station: ihr Token wird ab sofort abgewiesen
    Revoke {
        /// Kennung der Station
        id: String,
    },
    /// Erneuert den Token einer Station: der alte wird sofort abgewiesen, ein neuer
    /// Anmeldecode meldet die Station wieder an (`bk enroll`)
    Rotate {
        /// Kennung der Station
        id: String,
    },
    /// Zeigt alle Stationen mit letzter Synchronisation
    List {
        /// Ausgabe als JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum RequestsCommand {
    /// Listet Anliegen (Standard: offene)
    List {
        /// Ausgabe als JSON
        #[arg(long)]
        json: bool,
        /// Auch erledigte zeigen
        #[arg(long)]
        all: bool,
        /// Höchstzahl
        #[arg(long, default_value_t = 1000)]
        limit: u32,
    },
    /// Zeigt ein Anliegen entschlüsselt
    Show {
        /// Kennung des Anliegens
        id: String,
    },
    /// Markiert ein Anliegen als erledigt
    Done {
        /// Kennung des Anliegens
        id: String,
    },
    /// Erfasst den Zahlungseingang der Gebühr eines Anliegens (wie „Zahlungseingang
    /// erfassen“ im Backoffice)
    Paid {
        /// Kennung des Anliegens
        id: String,
    },
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Veröffentlicht eine neue Konfigurationsversion
    Publish {
        /// Leistungskatalog (JSON)
        services: PathBuf,
        /// Stationsplan (JSON)
        stations: PathBuf,
    },
}

#[derive(Debug, Error)]
enum CliError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Keys(#[from] KeyFileError),
    #[error("{0}")]
    Serve(#[from] ServeError),
    #[error("{0}")]
    Import(#[from] ImportError),
    #[error("Der Stationsname darf nicht leer und höchstens 100 Zeichen lang sein")]
    BadStationName,
    #[error("Anliegen {0} gibt es nicht")]
    RequestNotFound(String),
    #[error("{path}: {message}")]
    ConfigFile { path: PathBuf, message: String },
    #[error("Station {0} gibt es nicht, oder sie ist schon gesperrt")]
    StationNotFound(String),
    #[error("{0}")]
    Publish(#[from] PublishError),
    #[error("{0}")]
    Password(#[from] PasswordError),
    #[error("{0}")]
    NoEntropy(#[from] NoEntropy),
    #[error("Der Anmeldename darf nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich enthalten (höchstens 64 Zeichen)")]
    BadClerkName,
    #[error("Ein Konto „{0}“ gibt es schon")]
    ClerkExists(String),
    #[error("Ein Konto „{0}“ gibt es nicht")]
    ClerkNotFound(String),
    #[error("Die beiden Passwörter stimmen nicht überein")]
    PasswordsDiffer,
    #[error("Das Passwort der Bezahlplattform fehlt: in der Umgebungsvariable {PAYMENTS_PASSWORD} angeben")]
    NoPaymentsPassword,
    #[error("Der Admin-Schlüssel der Videoplattform fehlt: in der Umgebungsvariable {VIDEO_ADMIN_KEY} angeben")]
    NoVideoAdminKey,
    #[error("Das Passwort ließ sich nicht lesen: {0}")]
    Terminal(std::io::Error),
    #[error("Die Laufzeitumgebung lässt sich nicht starten: {0}")]
    Runtime(std::io::Error),
    #[error("Ausgabe fehlgeschlagen: {0}")]
    Output(#[from] serde_json::Error),
}

/// Parses the command line, runs the command, reports errors in German.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("BK_CENTRAL_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    match execute(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Fehler: {error}");
            ExitCode::FAILURE
        }
    }
}

fn execute(cli: Cli) -> Result<(), CliError> {
    // BK_CENTRAL_DB is the variable's name before PostgreSQL came: still honoured,
    // so that a unit written for it does not start on an empty database.
    let database = cli
        .database
        .clone()
        .or_else(|| std::env::var("BK_CENTRAL_DB").ok())
        .map_or_else(
            || Database::Sqlite(cli.data_dir.join("central.sqlite3")),
            |text| Database::parse(&text),
        );
    let keys = CentralKeys::load_or_create(&cli.data_dir)?;
    let mut store = Store::connect(&database)?;
    match cli.command {
        Command::Serve(args) => {
            let options = ServeOptions {
                listen: args.listen,
                admin_listen: args.admin_listen,
                tls: args.tls_cert.zip(args.tls_key),
                retention: args.retention.into(),
                appointments_url: args.appointments_url,
                payments: args.payments.options()?,
                video: args.video.options()?,
            };
            eprintln!("Datenbank: {}", database.shown());
            // Before the runtime starts: the PostgreSQL client blocks on a runtime of
            // its own, which must not run inside another.
            store.quick_check()?;
            let runtime = tokio::runtime::Runtime::new().map_err(CliError::Runtime)?;
            runtime.block_on(serve(store, keys, options))?;
        }
        Command::Station(StationCommand::Add { name, valid_hours }) => {
            add_station(&mut store, &keys, &name, valid_hours)?
        }
        Command::Station(StationCommand::List { json }) => list_stations(&store, json)?,
        Command::Station(StationCommand::Revoke { id }) => {
            if !store.revoke_station(&id)? {
                return Err(CliError::StationNotFound(id));
            }
            store.audit(&cli_actor(), AuditAction::StationRevoke, Some(&id), None)?;
            println!("Station {id} ist gesperrt; ihr Token wird abgewiesen.");
        }
        Command::Station(StationCommand::Rotate { id }) => {
            let code = store
                .rotate_station(&id, chrono::Duration::hours(72))?
                .ok_or_else(|| CliError::StationNotFound(id.clone()))?;
            store.audit(&cli_actor(), AuditAction::StationRotate, Some(&id), None)?;
            println!("Der alte Token der Station {id} wird ab sofort abgewiesen.");
            print_code(&code.shown(&keys.fingerprint()), &code.expires_at);
        }
        Command::Clerk(command) => clerks::run(&mut store, command)?,
        Command::Purge(args) => {
            let deleted = RetentionPolicy::from(args).apply(&mut store, chrono::Utc::now())?;
            println!(
                "Personendaten von {} erledigten Anliegen gelöscht (Frist: {} Tage).",
                deleted.len(),
                args.retention_days
            );
        }
        Command::Requests(RequestsCommand::List { json, all, limit }) => {
            let status = if all {
                StatusFilter::All
            } else {
                StatusFilter::Open
            };
            print_requests(
                &store.list_requests(&RequestFilter::status(status, limit))?,
                json,
            )?
        }
        Command::Requests(RequestsCommand::Show { id }) => {
            let request = store
                .request(&id)?
                .ok_or_else(|| CliError::RequestNotFound(id.clone()))?;
            store.audit(&cli_actor(), AuditAction::Open, Some(&id), None)?;
            println!(
                "{}",
                serde_json::to_string_pretty(&open_request(&keys, request))?
            );
        }
        Command::Requests(RequestsCommand::Done { id }) => {
            let summary = store
                .mark_done(&id, &cli_actor())?
                .ok_or_else(|| CliError::RequestNotFound(id.clone()))?;
            store.audit(&cli_actor(), AuditAction::Done, Some(&id), None)?;
            println!(
                "Anliegen {} ist erledigt (seit {}).",
                summary.id,
                summary.done_at.unwrap_or_default()
            );
        }
        Command::Requests(RequestsCommand::Paid { id }) => {
            if !store.mark_paid(&id, &cli_actor())? {
                return Err(CliError::RequestNotFound(id));
            }
            store.audit(&cli_actor(), AuditAction::Paid, Some(&id), None)?;
            println!("Zahlungseingang für Anliegen {id} ist erfasst.");
        }
        Command::Import { file } => {
            let summary = import_file(&mut store, &keys, &file)?;
            store.audit(
                &cli_actor(),
                AuditAction::Import,
                Some(&summary.station_id),
                Some(&format!(
                    "{} neu, {} schon vorhanden, Kennzahlen von {}",
                    summary.stored,
                    summary.duplicate,
                    days(summary.figure_days)
                )),
            )?;
            println!(
                "Import von Station „{}“ abgeschlossen: {} neu gespeichert, {} schon vorhanden, Kennzahlen von {} übernommen.",
                summary.station_name,
                summary.stored,
                summary.duplicate,
                days(summary.figure_days)
            );
        }
        Command::Config(ConfigCommand::Publish { services, stations }) => {
            let services_json = read_document(&services)?;
            let stations_json = read_document(&stations)?;
            let published = publish(
                &mut store,
                &keys.signing_key,
                &services_json,
                &stations_json,
                &cli_actor(),
            )?;
            println!(
                "Konfiguration Version {} veröffentlicht ({}).",
                published.version, published.published_at
            );
        }
    }
    Ok(())
}

fn add_station(
    store: &mut Store,
    keys: &CentralKeys,
    name: &str,
    valid_hours: u32,
) -> Result<(), CliError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(CliError::BadStationName);
    }
    let added = store.add_station(name, chrono::Duration::hours(i64::from(valid_hours)))?;
    store.audit(
        &cli_actor(),
        AuditAction::StationAdd,
        Some(&added.station_id),
        Some(name),
    )?;
    println!("Station „{name}“ angelegt (Kennung {}).", added.station_id);
    print_code(&added.shown(&keys.fingerprint()), &added.expires_at);
    Ok(())
}

/// Prints a one-time code, its validity and its QR code.
fn print_code(code: &str, expires_at: &str) {
    println!("Einmaliger Anmeldecode: {code}");
    println!("Gültig bis: {expires_at}");
    // A 24-character code always fits a QR code; should the library refuse, the code
    // above is still there to type in.
    match QrCode::new(code.as_bytes()) {
        Ok(qr) => println!("{}", qr.render::<Dense1x2>().quiet_zone(true).build()),
        Err(error) => {
            eprintln!("QR-Code ließ sich nicht erzeugen ({error}); bitte den Code abtippen.")
        }
    }
}

fn list_stations(store: &Store, json: bool) -> Result<(), CliError> {
    let stations = store.stations()?;
    if json {
        println!("{}", serde_json::to_string_pretty(&stations)?);
        return Ok(());
    }
    print_station_row(["Kennung", "Name", "Angemeldet", "Letzte Sync.", "Einträge"]);
    for station in stations {
        let last_sync = station.last_push_at.max(station.last_import_at);
        print_station_row([
            &station.id,
            &station.name,
            if station.enrolled_at.is_some() {
                "ja"
            } else {
                "nein"
            },
            last_sync.as_deref().unwrap_or("–"),
            &station.item_count.to_string(),
        ]);
    }
    Ok(())
}

fn print_station_row(columns: [&str; 5]) {
    let [id, name, enrolled, last_sync, count] = columns;
    println!("{id:<36}  {name:<24}  {enrolled:<10}  {last_sync:<24}  {count:>8}");
}

fn print_requests(requests: &[RequestSummary], json: bool) -> Result<(), CliError> {
    if json {
        println!("{}", serde_json::to_string_pretty(requests)?);
        return Ok(());
    }
    print_request_row(["Kennung", "Eingang", "Station", "Thema", "Status"]);
    for request in requests {
        print_request_row([
            &request.id,
            &request.received_at,
            &request.station_name,
            &request.topic,
            if request.done_at.is_some() {
                "erledigt"
            } else {
                "offen"
            },
        ]);
    }
    println!("{} Anliegen", requests.len());
    Ok(())
}

fn print_request_row(columns: [&str; 5]) {
    let [id, received, station, topic, status] = columns;
    println!("{id:<36}  {received:<24}  {station:<20}  {topic:<24}  {status}");
}

/// Reads a configuration document as text (checked when it is published).
fn read_document(path: &Path) -> Result<String, CliError> {
    std::fs::read_to_string(path).map_err(|error| CliError::ConfigFile {
        path: path.to_owned(),
        message: error.to_string(),
    })
}

/// The audit log's actor for the command line: `Kommandozeile (USER)`.
fn cli_actor() -> String {
    let user = std::env::var("SUDO_USER")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_else(|_| "unbekannt".into());
    format!("Kommandozeile ({user})")
}

/// „1 Tag“, „3 Tagen“ (dative, after „von“).
fn days(count: u64) -> String {
    if count == 1 {
        "1 Tag".to_owned()
    } else {
        format!("{count} Tagen")
    }
}
