//! `bk-central clerk …`: accounts of the back office. Passwords are read from the
//! terminal without echo (twice), or as one line from standard input when that is
//! not a terminal (scripts); never from an argument. An admin gets a TOTP secret,
//! shown once as a QR code for an authenticator app.

use std::io::{BufRead, IsTerminal};

use clap::{Subcommand, ValueEnum};
use qrcode::render::unicode::Dense1x2;
use qrcode::QrCode;
use zeroize::Zeroizing;

use super::{cli_actor, CliError};
use crate::accounts::{password, totp, valid_name, Role};
use crate::store::{AuditAction, Store};

/// The `clerk` subcommands.
#[derive(Subcommand)]
pub enum ClerkCommand {
    /// Legt ein Konto an (Passwort wird abgefragt; Administration bekommt einen TOTP-Schlüssel)
    Add {
        /// Anmeldename, z. B. „m.mustermann“
        name: String,
        /// Rolle: clerk (Sachbearbeitung) oder admin (Administration)
        #[arg(long, value_enum, default_value_t = RoleArg::Clerk)]
        role: RoleArg,
    },
    /// Zeigt alle Konten
    List {
        /// Ausgabe als JSON
        #[arg(long)]
        json: bool,
    },
    /// Deaktiviert ein Konto und beendet seine Sitzungen
    Disable {
        /// Anmeldename
        name: String,
    },
    /// Setzt ein neues Passwort, entsperrt und aktiviert das Konto
    Reset {
        /// Anmeldename
        name: String,
        /// Auch einen neuen TOTP-Schlüssel erzeugen (neues Telefon)
        #[arg(long)]
        new_totp: bool,
    },
}

/// A role as typed.
#[derive(Clone, Copy, ValueEnum)]
pub enum RoleArg {
    /// Sachbearbeitung.
    Clerk,
    /// Administration.
    Admin,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Role {
        match role {
            RoleArg::Clerk => Role::Clerk,
            RoleArg::Admin => Role::Admin,
        }
    }
}

/// Runs a `clerk` subcommand.
pub fn run(store: &mut Store, command: ClerkCommand) -> Result<(), CliError> {
    match command {
        ClerkCommand::Add { name, role } => add(store, &name, role.into()),
        ClerkCommand::List { json } => list(store, json),
        ClerkCommand::Disable { name } => {
            if !store.disable_clerk(&name)? {
                return Err(CliError::ClerkNotFound(name));
            }
            store.audit(
                &cli_actor(),
                AuditAction::Account,
                Some(&name),
                Some("deaktiviert"),
            )?;
            println!("Konto „{name}“ ist deaktiviert; seine Sitzungen sind beendet.");
            Ok(())
        }
        ClerkCommand::Reset { name, new_totp } => reset(store, &name, new_totp),
    }
}

fn add(store: &mut Store, name: &str, role: Role) -> Result<(), CliError> {
    if !valid_name(name) {
        return Err(CliError::BadClerkName);
    }
    let phc = password::hash(&read_new_password()?)?;
    let secret = match role {
        Role::Admin => Some(totp::new_secret()?),
        Role::Clerk => None,
    };
    if !store.add_clerk(name, role, &phc, secret.as_deref().map(Vec::as_slice))? {
        return Err(CliError::ClerkExists(name.to_owned()));
    }
    store.audit(
        &cli_actor(),
        AuditAction::Account,
        Some(name),
        Some(&format!("angelegt ({})", role.label())),
    )?;
    println!("Konto „{name}“ ({}) angelegt.", role.label());
    if let Some(secret) = secret {
        show_totp(name, &secret);
    }
    Ok(())
}

fn reset(store: &mut Store, name: &str, new_totp: bool) -> Result<(), CliError> {
    store
        .clerk_role(name)?
        .ok_or_else(|| CliError::ClerkNotFound(name.to_owned()))?;
    let phc = password::hash(&read_new_password()?)?;
    let secret = if new_totp {
        Some(totp::new_secret()?)
    } else {
        None
    };
    store.reset_clerk(name, &phc, secret.as_deref().map(Vec::as_slice))?;
    store.audit(
        &cli_actor(),
        AuditAction::Account,
        Some(name),
        Some("neues Passwort"),
    )?;
    println!("Konto „{name}“ hat ein neues Passwort und ist entsperrt.");
    if let Some(secret) = secret {
        show_totp(name, &secret);
    }
    Ok(())
}

fn list(store: &Store, json: bool) -> Result<(), CliError> {
    let clerks = store.clerks()?;
    if json {
        println!("{}", serde_json::to_string_pretty(&clerks)?);
        return Ok(());
    }
    println!(
        "{:<24}  {:<16}  {:<10}  Letzte Anmeldung",
        "Name", "Rolle", "Status"
    );
    for clerk in clerks {
        let status = match (&clerk.disabled_at, &clerk.locked_until) {
            (Some(_), _) => "deaktiviert",
            (None, Some(_)) => "gesperrt",
            (None, None) => "aktiv",
        };
        println!(
            "{:<24}  {:<16}  {:<10}  {}",
            clerk.name,
            clerk.role.label(),
            status,
            clerk.last_login_at.as_deref().unwrap_or("–")
        );
    }
    Ok(())
}

/// Reads a new password: twice without echo at a terminal, else one line of stdin.
fn read_new_password() -> Result<Zeroizing<String>, CliError> {
    if std::io::stdin().is_terminal() {
        let first = Zeroizing::new(
            rpassword::prompt_password("Neues Passwort: ").map_err(CliError::Terminal)?,
        );
        let second = Zeroizing::new(
            rpassword::prompt_password("Passwort wiederholen: ").map_err(CliError::Terminal)?,
        );
        if *first != *second {
            return Err(CliError::PasswordsDiffer);
        }
        Ok(first)
    } else {
        let mut line = Zeroizing::new(String::new());
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(CliError::Terminal)?;
        let trimmed = line.trim_end_matches(['\r', '\n']).len();
        line.truncate(trimmed);
        Ok(line)
    }
}

fn show_totp(name: &str, secret: &[u8]) {
    let uri = totp::otpauth_uri(name, secret);
    println!("Zweiter Faktor: bitte mit einer Authenticator-App (z. B. FreeOTP, Aegis) scannen.");
    println!("Der Schlüssel wird nur jetzt angezeigt.");
    match QrCode::new(uri.as_bytes()) {
        Ok(qr) => println!("{}", qr.render::<Dense1x2>().quiet_zone(true).build()),
        Err(error) => eprintln!("QR-Code ließ sich nicht erzeugen ({error})."),
    }
    println!("Schlüssel zum Abtippen: {}", totp::secret_text(secret));
    println!("otpauth-Adresse: {uri}");
}
