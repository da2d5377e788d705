//! `bk request …`: record a citizen's request on their behalf (same topics, fields
//! and validation as the kiosk), list the topics, show the figures.

use std::collections::BTreeMap;

use app::messages::german;
use clap::Subcommand;
use station::clock::day_and_time;
use station::girocode::euros;
use station::requests::links::{self, PhoneLink};
use station::requests::{self, Submission};

use crate::context::Context;
use crate::output::{self, Failure};

/// The `bk request` commands.
#[derive(Debug, Subcommand)]
pub enum RequestCommand {
    /// Record a request on a citizen's behalf.
    #[command(about = german("bk-help-request-add", &[]))]
    Add {
        /// Topic id (`rueckruf`, `termin`, `frage`, `ummeldung`, `meldebescheinigung`).
        #[arg(long, help = german("bk-help-request-add-topic", &[]))]
        topic: String,
        /// One field as `NAME=VALUE`; repeatable.
        #[arg(
            long = "field",
            value_name = "NAME=WERT",
            value_parser = parse_field,
            help = german("bk-help-request-add-field", &[])
        )]
        fields: Vec<(String, String)>,
        /// The person agreed to the privacy notice (required).
        #[arg(long, help = german("bk-help-request-add-consent", &[]))]
        consent: bool,
        /// The person's language, for the answer.
        #[arg(long, default_value = "de", help = german("bk-help-request-add-lang", &[]))]
        lang: String,
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// The link to hand in documents for a request, again.
    #[command(about = german("bk-help-request-upload-link", &[]))]
    UploadLink {
        /// The request's code, `BK-XXXX-XXXX`.
        #[arg(long, help = german("bk-help-request-upload-link-reference", &[]))]
        reference: String,
        /// The person's language, for the page.
        #[arg(long, default_value = "de", help = german("bk-help-request-add-lang", &[]))]
        lang: String,
    },
    /// List the topics and their fields.
    #[command(about = german("bk-help-request-topics", &[]))]
    Topics {
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
}

/// Runs a `bk request` command.
pub fn run(context: &Context, command: RequestCommand) -> Result<(), Failure> {
    match command {
        RequestCommand::Add {
            topic,
            fields,
            consent,
            lang,
            json,
        } => add(context, topic, fields, consent, lang, json),
        RequestCommand::UploadLink { reference, lang } => upload_link(context, &reference, &lang),
        RequestCommand::Topics { json } => topics(json),
    }
}

pub(crate) fn parse_field(text: &str) -> Result<(String, String), String> {
    text.split_once('=')
        .map(|(name, value)| (name.trim().to_owned(), value.to_owned()))
        .filter(|(name, _)| !name.is_empty())
        .ok_or_else(|| german("bk-requests-field-form", &[("text", text.into())]))
}

fn add(
    context: &Context,
    topic: String,
    fields: Vec<(String, String)>,
    consent: bool,
    lang: String,
    as_json: bool,
) -> Result<(), Failure> {
    let submission = Submission {
        topic,
        lang,
        fields: field_values(fields)?,
        consent,
        appointment: None,
    };
    let submitted = app::requests::submit(&context.station()?, None, &submission, context.now)?;
    let (transfer, pay_online) = submitted
        .payment
        .map(|payment| (payment.transfer, payment.online.map(|online| online.link)))
        .unzip();
    let pay_online = pay_online.flatten();
    let upload = submitted.upload.link;
    if as_json {
        let mut json = output::to_value(&submitted.request)?;
        json["transfer"] = output::to_value(&transfer)?;
        json["payOnline"] = output::to_value(&pay_online)?;
        json["upload"] = output::to_value(&upload)?;
        return output::json(&json);
    }
    output::line(german(
        "bk-requests-saved",
        &[("reference", submitted.reference.as_str().into())],
    ))?;
    output::line(german("bk-requests-sealed", &[]))?;
    print_link("bk-requests-upload", &upload)?;
    if let Some(transfer) = transfer {
        output::line(german(
            "bk-requests-fee",
            &[
                ("amount", euros(transfer.cents).into()),
                ("recipient", transfer.recipient.into()),
                ("iban", transfer.iban.into()),
                ("bic", transfer.bic.into()),
                ("remittance", transfer.remittance.into()),
            ],
        ))?;
    }
    if let Some(online) = pay_online {
        print_link("bk-requests-pay-online", &online)?;
    }
    Ok(())
}

/// Prints the upload link of the request with `reference` again.
fn upload_link(context: &Context, reference: &str, lang: &str) -> Result<(), Failure> {
    let station = context.station()?;
    let link = links::upload_for(&station.store(), reference.trim(), lang)?.ok_or_else(|| {
        Failure::Usage(german(
            "bk-requests-unknown-reference",
            &[("reference", reference.into())],
        ))
    })?;
    print_link("bk-requests-upload", &link)
}

/// Prints message `id` with `link`'s address and expiry.
fn print_link(id: &str, link: &PhoneLink) -> Result<(), Failure> {
    output::line(german(
        id,
        &[
            ("until", day_and_time(link.valid_until).into()),
            ("url", link.url.as_str().into()),
        ],
    ))
}

/// The `--field` values by name; a name given twice is a usage error.
pub(crate) fn field_values(
    fields: Vec<(String, String)>,
) -> Result<BTreeMap<String, String>, Failure> {
    let mut values = BTreeMap::new();
    for (name, value) in fields {
        if values.insert(name.clone(), value).is_some() {
            return Err(Failure::Usage(german(
                "bk-requests-field-twice",
                &[("name", name.into())],
            )));
        }
    }
    Ok(values)
}

fn topics(as_json: bool) -> Result<(), Failure> {
    if as_json {
        return output::json(&requests::topics());
    }
    for topic in requests::topics() {
        output::line(topic.id)?;
        for field in topic.fields {
            let need = if field.required {
                "bk-requests-field-required"
            } else {
                "bk-requests-field-voluntary"
            };
            // `none`: no fixed choices (the message's selector).
            let options = field
                .options
                .map_or_else(|| "none".to_owned(), |options| options.join(", "));
            output::line(format!(
                "  {:<16} {:<9} {:<8} {}",
                field.name,
                format!("{:?}", field.kind).to_lowercase(),
                german(need, &[]),
                german(
                    "bk-requests-field-limits",
                    &[
                        ("max", field.max_length.into()),
                        ("options", options.into()),
                    ],
                ),
            ))?;
        }
        for group in topic.one_of {
            output::line(format!(
                "  {}",
                german("bk-requests-one-of", &[("fields", group.join(", ").into())])
            ))?;
        }
    }
    Ok(())
}
