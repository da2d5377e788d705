//! Citizens' requests ("Anliegen hinterlassen"): the topics with their fees and
//! recording one with its sealed outbox item, which wakes the sync. A request that
//! orders a service with a fee comes back with the transfer that pays it (an EPC QR
//! code with the request's reference in the remittance text) and, where the city takes
//! fees online, the link to its payment page for the phone; every request comes with
//! the link to hand in documents for it from the phone. Before enrolment the station
//! cannot seal, so both refuse with `not_enrolled`.

use chrono::{DateTime, Utc};
use serde::Serialize;
use station::catalogue::{Catalogue, Fee, Payee};
use station::girocode::Transfer;
use station::requests::links::{self, PhoneLink};
use station::requests::{self, Submission, Submitted, Topic};
use station::{qr, sync};

use crate::error::{AppError, AppResult};
use crate::station::Station;
use crate::sync_desk::SyncDesk;

/// A topic as offered, with the fee of the service it orders.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TopicOffer {
    /// The topic and its fields.
    #[serde(flatten)]
    pub topic: &'static Topic,
    /// The fee in euro cents, if the request costs one.
    pub fee_cents: Option<u64>,
    /// Whether the fee can also be paid online (else by transfer only).
    pub fee_online: bool,
}

/// How to pay a request's fee: by bank transfer, and online where the city takes fees
/// online.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Payment {
    /// The transfer: recipient, IBAN, BIC, amount, remittance text.
    pub transfer: Transfer,
    /// The transfer as an EPC QR code ("GiroCode") for a banking app (SVG).
    pub qr_svg: String,
    /// The central's payment page for the phone, if the catalogue offers paying online.
    pub online: Option<PhoneQr>,
}

/// A page of the central for the citizen's phone, with its QR code.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PhoneQr {
    /// The page and until when its link is valid.
    #[serde(flatten)]
    pub link: PhoneLink,
    /// The page's address as a QR code (SVG).
    pub qr_svg: String,
}

impl PhoneQr {
    fn of(link: PhoneLink) -> AppResult<PhoneQr> {
        Ok(PhoneQr {
            qr_svg: qr::qr_svg(&link.url)?,
            link,
        })
    }
}

/// A recorded request, the QR code of its reference, and the link to hand in documents.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SubmittedRequest {
    /// What the store recorded.
    #[serde(skip)]
    #[specta(skip)]
    pub request: Submitted,
    /// The code the citizen keeps, `BK-XXXX-XXXX`.
    pub reference: String,
    /// The reference as a QR code (SVG).
    pub qr_svg: String,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
    /// How to pay the fee, if the request has one.
    pub payment: Option<Payment>,
    /// Where to hand in documents for it.
    pub upload: PhoneQr,
}

/// The topics, their fields and fees.
pub fn topics(station: &Station) -> AppResult<Vec<TopicOffer>> {
    sync::enrolment::require(&station.store())?;
    let catalogue = station.catalogue();
    Ok(requests::topics()
        .iter()
        .map(|topic| {
            let fee = fee(&catalogue, topic);
            TopicOffer {
                topic,
                fee_cents: fee.map(|(_, fee)| fee.cents),
                fee_online: fee.is_some_and(|(payee, _)| payee.online),
            }
        })
        .collect())
}

/// Records `submission` with its outbox item (one transaction) and wakes the sync.
pub fn submit(
    station: &Station,
    sync: Option<&SyncDesk>,
    submission: &Submission,
    now: DateTime<Utc>,
) -> AppResult<SubmittedRequest> {
    let request = requests::submit(&station.store(), now, submission)?;
    if let Some(sync) = sync {
        sync.wake();
    }
    let catalogue = station.catalogue();
    let store = station.store();
    let payment = requests::topic(&submission.topic)
        .and_then(|topic| Some((topic.service?, fee(&catalogue, topic)?)))
        .map(|(service, (payee, fee))| {
            let transfer = Transfer::new(payee, fee.cents, fee.remittance_for(&request.reference));
            let online = payee
                .online
                .then(|| links::payment(&store, &request, service, &submission.lang))
                .transpose()?
                .map(PhoneQr::of)
                .transpose()?;
            Ok::<_, AppError>(Payment {
                qr_svg: transfer.qr_svg()?,
                transfer,
                online,
            })
        })
        .transpose()?;
    let upload = PhoneQr::of(links::upload(&store, &request, &submission.lang)?)?;
    Ok(SubmittedRequest {
        qr_svg: qr::qr_svg(&request.reference)?,
        upload,
        reference: request.reference.clone(),
        created_at: request.created_at,
        payment,
        request,
    })
}

/// The fee of the service `topic` orders and the account that receives it, if the
/// service has a fee in `catalogue`.
fn fee<'a>(catalogue: &'a Catalogue, topic: &Topic) -> Option<(&'a Payee, &'a Fee)> {
    let fee = catalogue.service(topic.service?).ok()?.fee.as_ref()?;
    Some((catalogue.payee()?, fee))
}
