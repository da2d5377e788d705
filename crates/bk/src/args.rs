//! Command-line arguments (clap derive); the help texts are what staff read.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use station::tickets::Outcome;

/// Bürgerkoffer: Wartenummern, Station des Tages und Datenbank auf der Kommandozeile.
#[derive(Debug, Parser)]
#[command(name = "bk", version, propagate_version = true)]
pub struct Args {
    /// Verzeichnis der Stationsdatenbank (station.sqlite). Ohne Angabe: das
    /// Datenverzeichnis des Betriebssystems, z. B. ~/.local/share/buergerkoffer.
    #[arg(long, global = true, env = "BK_DATA_DIR", value_name = "VERZEICHNIS")]
    pub data_dir: Option<PathBuf>,

    /// Verzeichnis mit stations.json und services.json. Ohne Angabe: der
    /// eingebaute Katalog und Stationsplan (wie am Kiosk).
    #[arg(long, global = true, env = "BK_ASSETS_DIR", value_name = "VERZEICHNIS")]
    pub assets: Option<PathBuf>,

    /// Was zu tun ist.
    #[command(subcommand)]
    pub command: Command,
}

/// Bereiche.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Wartenummern des Tages.
    Tickets {
        #[command(subcommand)]
        command: TicketCommand,
    },
    /// Zustand der Stationsdatenbank.
    Db {
        #[command(subcommand)]
        command: DbCommand,
    },
    /// Stationsplan und Station des Tages.
    Station {
        #[command(subcommand)]
        command: StationCommand,
    },
    /// Ausweis: Kartenleser, Kartenzustand, PIN ändern, fortsetzen, entsperren.
    Eid {
        #[command(subcommand)]
        command: crate::eid::EidCommand,
    },
    /// Anliegen von Bürgerinnen und Bürgern erfassen, Themen, Zahlen.
    Request {
        #[command(subcommand)]
        command: crate::requests::RequestCommand,
    },
    /// Die Station mit dem Einmalcode der IT bei der Zentrale anmelden.
    Enroll {
        /// Adresse der Zentrale, z. B. https://zentrale.example.
        url: String,
        /// Einmaliger Anmeldecode aus „bk-central station add“.
        code: String,
    },
    /// Einmal synchronisieren (alles übertragen, Konfiguration holen) oder den Stand zeigen.
    Sync {
        /// Nur den Stand zeigen, nichts übertragen.
        #[arg(long)]
        status: bool,
        /// Höchstens so viele Einträge je Übertragung (1–500).
        #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u16).range(1..=500))]
        batch: u16,
        /// Ausgabe als JSON.
        #[arg(long)]
        json: bool,
    },
    /// Alle noch nicht übertragenen Einträge signiert in eine Datei schreiben (USB-Stick).
    Export {
        /// Zieldatei, z. B. /media/usb/station.bkx.
        file: PathBuf,
    },
}

/// Befehle für Wartenummern. Ohne --station gilt die ausgewählte Station.
#[derive(Debug, Subcommand)]
pub enum TicketCommand {
    /// Alle Wartenummern von heute anzeigen.
    Today {
        /// Station (Kennung aus dem Stationsplan).
        #[arg(long)]
        station: Option<String>,
        /// Ausgabe als JSON.
        #[arg(long)]
        json: bool,
    },
    /// Eine neue Wartenummer ziehen.
    Draw {
        /// Station (Kennung aus dem Stationsplan).
        #[arg(long)]
        station: Option<String>,
        /// Ausgabe als JSON.
        #[arg(long)]
        json: bool,
    },
    /// Die nächste wartende Nummer aufrufen.
    CallNext {
        /// Station (Kennung aus dem Stationsplan).
        #[arg(long)]
        station: Option<String>,
        /// Ausgabe als JSON.
        #[arg(long)]
        json: bool,
    },
    /// Eine Wartenummer als bedient oder gegangen markieren.
    Mark {
        /// Kennung der Wartenummer (Spalte „Kennung“ in `bk tickets today`).
        id: i64,
        /// Neuer Status.
        outcome: OutcomeArg,
        /// Ausgabe als JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Endstatus einer Wartenummer.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OutcomeArg {
    /// Bedient.
    Served,
    /// Gegangen oder nicht erschienen.
    Gone,
}

impl From<OutcomeArg> for Outcome {
    fn from(outcome: OutcomeArg) -> Self {
        match outcome {
            OutcomeArg::Served => Self::Served,
            OutcomeArg::Gone => Self::Gone,
        }
    }
}

/// Befehle für die Datenbank.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Pfad, Schemaversion und vollständige Integritätsprüfung anzeigen.
    Status {
        /// Ausgabe als JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Befehle für den Stationsplan.
#[derive(Debug, Subcommand)]
pub enum StationCommand {
    /// Alle Stationen des Plans anzeigen.
    List {
        /// Ausgabe als JSON.
        #[arg(long)]
        json: bool,
    },
    /// Die Station auswählen, an der dieser Laptop steht.
    Select {
        /// Kennung der Station, z. B. stern-center.
        id: String,
    },
}
