//! The city's online services: categories, typo-tolerant search, a service's QR code.

use serde::Serialize;
use station::catalogue::{CategoryView, Lang, ServiceView};
use station::qr;

use crate::error::AppResult;
use crate::station::Station;

/// A service's address and its QR code.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct ServiceQr {
    /// The address the QR code holds.
    pub url: String,
    /// The QR code as SVG.
    pub svg: String,
}

/// The catalogue's categories in `lang`.
pub fn categories(station: &Station, lang: Lang) -> Vec<CategoryView> {
    station.catalogue().categories(lang)
}

/// Services matching `query` (typo-tolerant), best first, optionally in one category.
pub fn search(
    station: &Station,
    lang: Lang,
    query: &str,
    category: Option<&str>,
) -> AppResult<Vec<ServiceView>> {
    Ok(station.catalogue().search(lang, query, category)?)
}

/// The QR code of service `id`'s address.
pub fn qr_code(station: &Station, id: &str) -> AppResult<ServiceQr> {
    let catalogue = station.catalogue();
    let service = catalogue.service(id)?;
    Ok(ServiceQr {
        svg: qr::qr_svg(&service.url)?,
        url: service.url.clone(),
    })
}
