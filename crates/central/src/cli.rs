//! The `bk-central` command line. Texts are German (for IT); errors go to stderr
//! with exit code 1.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use qrcode::render::unicode::Dense1x2;
use qrcode::QrCode;
use thiserror::Error;

use crate::backoffice::open_request;
use crate::import::{import_file, ImportError};
use crate::keys::{CentralKeys, KeyFileError};
use crate::server::{serve, ServeError, ServeOptions};
use crate::store::{RequestSummary, StatusFilter, Store, StoreError};

#[derive(Parser)]
#[command(
    name = "bk-central",
    version,
    about = "Zentrale des Bürgerkoffers: nimmt Anliegen der Stationen an und verteilt die Konfiguration"
)]
struct Cli {
    /// Datenverzeichnis (Schlüssel; Datenbank, wenn --db fehlt)
    #[arg(
        long,
        env = "BK_CENTRAL_DATA_DIR",
        default_value = "bk-central-data",
        global = true
    )]
    data_dir: PathBuf,
    /// SQLite-Datei der Zentrale (Standard: DATENVERZEICHNIS/central.sqlite3)
    #[arg(long, env = "BK_CENTRAL_DB", global = true)]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Startet den Server der Sync-Schnittstelle
    Serve(ServeArgs),
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
    /// Adresse und Port
    #[arg(long, env = "BK_CENTRAL_LISTEN", default_value = "127.0.0.1:8700")]
    listen: SocketAddr,
    /// TLS-Zertifikatskette (PEM); mit --tls-key zusammen
    #[arg(long, requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// Privater TLS-Schlüssel (PEM); mit --tls-cert zusammen
    #[arg(long, requires = "tls_cert")]
    tls_key: Option<PathBuf>,
}

#[derive(Subcommand)]
enum StationCommand {
    /// Legt eine Station an und zeigt ihren einmaligen Anmeldecode (mit QR-Code)
    Add {
        /// Name der Station, z. B. „Bürgerkoffer 1“
        name: String,
        /// Gültigkeit des Codes in Stunden
        #[arg(long, default_value_t = 72)]
        valid_hours: u32,
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
    let db_path = cli
        .db
        .clone()
        .unwrap_or_else(|| cli.data_dir.join("central.sqlite3"));
    let keys = CentralKeys::load_or_create(&cli.data_dir)?;
    let mut store = Store::open(&db_path)?;
    match cli.command {
        Command::Serve(args) => {
            let options = ServeOptions {
                listen: args.listen,
                tls: args.tls_cert.zip(args.tls_key),
            };
            eprintln!(
                "Datenbank: {}; Backoffice-Token in {}",
                db_path.display(),
                keys.admin_token_path.display()
            );
            let runtime = tokio::runtime::Runtime::new().map_err(CliError::Runtime)?;
            runtime.block_on(serve(store, keys, options))?;
        }
        Command::Station(StationCommand::Add { name, valid_hours }) => {
            add_station(&mut store, &name, valid_hours)?
        }
        Command::Station(StationCommand::List { json }) => list_stations(&store, json)?,
        Command::Requests(RequestsCommand::List { json, all, limit }) => {
            let filter = if all {
                StatusFilter::All
            } else {
                StatusFilter::Open
            };
            print_requests(&store.list_requests(filter, limit)?, json)?
        }
        Command::Requests(RequestsCommand::Show { id }) => {
            let request = store
                .request(&id)?
                .ok_or_else(|| CliError::RequestNotFound(id.clone()))?;
            println!(
                "{}",
                serde_json::to_string_pretty(&open_request(&keys, request))?
            );
        }
        Command::Requests(RequestsCommand::Done { id }) => {
            let summary = store
                .mark_done(&id)?
                .ok_or_else(|| CliError::RequestNotFound(id.clone()))?;
            println!(
                "Anliegen {} ist erledigt (seit {}).",
                summary.id,
                summary.done_at.unwrap_or_default()
            );
        }
        Command::Import { file } => {
            let summary = import_file(&mut store, &file)?;
            println!(
                "Import von Station „{}“ abgeschlossen: {} neu gespeichert, {} schon vorhanden.",
                summary.station_name, summary.stored, summary.duplicate
            );
        }
        Command::Config(ConfigCommand::Publish { services, stations }) => {
            let services_json = read_json_document(&services)?;
            let stations_json = read_json_document(&stations)?;
            let published =
                store.publish_config(&services_json, &stations_json, &keys.signing_key)?;
            println!(
                "Konfiguration Version {} veröffentlicht ({}).",
                published.version, published.published_at
            );
        }
    }
    Ok(())
}

fn add_station(store: &mut Store, name: &str, valid_hours: u32) -> Result<(), CliError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(CliError::BadStationName);
    }
    let added = store.add_station(name, chrono::Duration::hours(i64::from(valid_hours)))?;
    println!("Station „{name}“ angelegt (Kennung {}).", added.station_id);
    println!("Einmaliger Anmeldecode: {}", added.code);
    println!("Gültig bis: {}", added.expires_at);
    // A 14-character code always fits a QR code; should the library refuse, the code
    // above is still there to type in.
    match QrCode::new(added.code.as_bytes()) {
        Ok(qr) => println!("{}", qr.render::<Dense1x2>().quiet_zone(true).build()),
        Err(error) => {
            eprintln!("QR-Code ließ sich nicht erzeugen ({error}); bitte den Code abtippen.")
        }
    }
    Ok(())
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

/// Reads a JSON document (object or array) and returns it compact.
fn read_json_document(path: &Path) -> Result<String, CliError> {
    let refuse = |message: String| CliError::ConfigFile {
        path: path.to_owned(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|error| refuse(error.to_string()))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|error| refuse(format!("kein gültiges JSON: {error}")))?;
    if !(value.is_array() || value.is_object()) {
        return Err(refuse("muss ein JSON-Objekt oder -Array sein".into()));
    }
    Ok(serde_json::to_string(&value)?)
}
