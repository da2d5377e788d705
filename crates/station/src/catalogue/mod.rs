//! The service catalogue (`assets/services.json`): categories and online services of
//! the city in German and English, and where written in Ukrainian, Russian, Arabic and
//! Turkish, validated on load, searchable (see `search`); the fees of services and the
//! city's account that receives them (see `fees`).

mod fees;
mod fold;
mod search;

use serde::{Deserialize, Serialize};
use std::path::Path;
use texts::german;

use crate::assets::{parse_json, read_json, Problems};
use crate::error::{Result, StationError};
use crate::lang::Lang;
use search::{Document, Field, Query};

pub use fees::{Fee, Payee, REFERENCE_PLACEHOLDER};

/// The only file format version this build reads.
const VERSION: u32 = 1;
/// The catalogue built into this build, in force until the central publishes one.
const BUILT_IN: &str = include_str!("../../../../assets/services.json");

/// A value in German and English (every catalogue has them) and in the other kiosk
/// languages where the city has written it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Localized<T> {
    /// German.
    pub de: T,
    /// English.
    pub en: T,
    /// Ukrainian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uk: Option<T>,
    /// Russian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<T>,
    /// Arabic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ar: Option<T>,
    /// Turkish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tr: Option<T>,
}

impl<T> Localized<T> {
    /// The value for a citizen reading `lang`: written in `lang`, else (Leichte Sprache)
    /// the German, else the English.
    pub fn get(&self, lang: Lang) -> &T {
        self.written_in(lang).unwrap_or(&self.en)
    }

    /// The value as written in `lang` itself (German for Leichte Sprache), if it is.
    pub fn written_in(&self, lang: Lang) -> Option<&T> {
        match lang {
            Lang::De | Lang::DeEasy => Some(&self.de),
            Lang::En => Some(&self.en),
            Lang::Uk => self.uk.as_ref(),
            Lang::Ru => self.ru.as_ref(),
            Lang::Ar => self.ar.as_ref(),
            Lang::Tr => self.tr.as_ref(),
        }
    }
}

/// A group of services, e.g. "Meldewesen".
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Category {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub name: Localized<String>,
}

/// One online service of the city.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Service {
    /// Stable id, e.g. `wohnsitz-ummelden`.
    pub id: String,
    /// Id of its category.
    pub category: String,
    /// Display name.
    pub name: Localized<String>,
    /// One or two sentences on what it is for.
    pub summary: Localized<String>,
    /// Further words people search for.
    pub keywords: Localized<Vec<String>>,
    /// Address of the online service (https).
    pub url: String,
    /// What the service costs, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Fee>,
    /// Where the city's appointment system books it, if a citizen can book it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment: Option<AppointmentRef>,
}

/// A service's ids in the city's appointment system (ZMS): the office that offers it
/// and the service there. The central books with them; a station only learns that the
/// service can be booked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub struct AppointmentRef {
    /// The office's id.
    pub office: u32,
    /// The service's id.
    pub service: u32,
}

/// A category in one language, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct CategoryView {
    /// Stable id.
    pub id: String,
    /// Name in the requested language.
    pub name: String,
}

/// A service in one language, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ServiceView {
    /// Stable id.
    pub id: String,
    /// Name in the requested language.
    pub name: String,
    /// Summary in the requested language.
    pub summary: String,
    /// Category id.
    pub category: String,
    /// Address of the online service.
    pub url: String,
    /// The fee in euro cents, if the service has one.
    pub fee_cents: Option<u64>,
    /// Whether a citizen can book an appointment for it.
    pub bookable: bool,
}

#[derive(Debug, Deserialize)]
struct File {
    version: u32,
    #[serde(default)]
    payee: Option<Payee>,
    /// Whether the city's Bürgerservice takes video calls from the stations.
    #[serde(default, rename = "videoCalls")]
    video_calls: bool,
    categories: Vec<Category>,
    services: Vec<Service>,
}

/// The validated catalogue with its search index.
#[derive(Debug, Clone)]
pub struct Catalogue {
    payee: Option<Payee>,
    video_calls: bool,
    categories: Vec<Category>,
    services: Vec<Service>,
    /// Per entry of [`SEARCHED`], one document per service (same order as `services`).
    documents: [Vec<Document>; SEARCHED.len()],
}

impl Catalogue {
    /// Loads and validates `services.json`.
    pub fn load(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        Self::validated(&path.display().to_string(), read_json(path)?)
    }

    /// The catalogue built into this build (`assets/services.json`), in force at a
    /// station until the central publishes one.
    pub fn built_in() -> Result<Self> {
        Self::from_json(BUILT_IN)
    }

    /// Parses and validates the JSON text of a catalogue.
    pub fn from_json(text: &str) -> Result<Self> {
        Self::validated("services.json", parse_json("services.json", text)?)
    }

    fn validated(what: &str, file: File) -> Result<Self> {
        let mut problems = Problems::default();
        problems.check(file.version == VERSION, || {
            german(
                "error-detail-version-unsupported",
                &[("found", file.version.into()), ("expected", VERSION.into())],
            )
        });
        problems.check_unique("category", file.categories.iter().map(|c| c.id.as_str()));
        problems.check_unique("service", file.services.iter().map(|s| s.id.as_str()));
        if let Some(payee) = &file.payee {
            payee.check(&mut problems);
        }
        for category in &file.categories {
            problems.check_slug("category", &category.id);
            check_texts(
                &mut problems,
                "category",
                &category.id,
                "name",
                &category.name,
            );
        }
        for service in &file.services {
            let id = service.id.as_str();
            problems.check_slug("service", id);
            check_texts(&mut problems, "service", id, "name", &service.name);
            check_texts(&mut problems, "service", id, "summary", &service.summary);
            problems.check(
                file.categories.iter().any(|c| c.id == service.category),
                || {
                    german(
                        "error-detail-category-unknown",
                        &[
                            ("service", id.into()),
                            ("category", service.category.as_str().into()),
                        ],
                    )
                },
            );
            problems.check(is_https_url(&service.url), || {
                german(
                    "error-detail-url-not-https",
                    &[("service", id.into()), ("url", service.url.as_str().into())],
                )
            });
            if let Some(fee) = &service.fee {
                fee.check(&mut problems, id, file.payee.is_some());
            }
            if let Some(appointment) = service.appointment {
                problems.check(appointment.office > 0 && appointment.service > 0, || {
                    german("error-detail-appointment-ids", &[("service", id.into())])
                });
            }
        }
        let mut catalogue = Self::indexed(file.payee, file.categories, file.services);
        catalogue.video_calls = file.video_calls;
        problems.into_result(what, catalogue)
    }

    fn indexed(payee: Option<Payee>, categories: Vec<Category>, services: Vec<Service>) -> Self {
        let documents = SEARCHED.map(|langs| {
            services
                .iter()
                .map(|service| {
                    let mut document = Document::default();
                    let category = categories.iter().find(|c| c.id == service.category);
                    for lang in langs {
                        let texts = [
                            (Field::Name, service.name.written_in(*lang)),
                            (Field::Summary, service.summary.written_in(*lang)),
                            (
                                Field::Category,
                                category.and_then(|c| c.name.written_in(*lang)),
                            ),
                        ];
                        for (field, text) in texts {
                            if let Some(text) = text {
                                document.add(field, text);
                            }
                        }
                        for keyword in service.keywords.written_in(*lang).into_iter().flatten() {
                            document.add(Field::Keyword, keyword);
                        }
                    }
                    document
                })
                .collect()
        });
        Self {
            payee,
            video_calls: false,
            categories,
            services,
            documents,
        }
    }

    /// The city's account that receives fees (every catalogue with a fee has one).
    pub fn payee(&self) -> Option<&Payee> {
        self.payee.as_ref()
    }

    /// Whether the city's Bürgerservice takes video calls from the stations (the
    /// catalogue's `videoCalls`): then the kiosk offers one.
    pub fn offers_video_calls(&self) -> bool {
        self.video_calls
    }

    /// All categories in `lang`, in file order.
    pub fn categories(&self, lang: Lang) -> Vec<CategoryView> {
        self.categories
            .iter()
            .map(|c| CategoryView {
                id: c.id.clone(),
                name: c.name.get(lang).clone(),
            })
            .collect()
    }

    /// All services, in file order.
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The service with `id`.
    pub fn service(&self, id: &str) -> Result<&Service> {
        self.services
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| StationError::UnknownService(id.to_owned()))
    }

    /// Services matching `query` in `lang`, best first, optionally only from
    /// `category`. An empty query lists every service (of the category) in file order.
    pub fn search(
        &self,
        lang: Lang,
        query: &str,
        category: Option<&str>,
    ) -> Result<Vec<ServiceView>> {
        if let Some(id) = category {
            if !self.categories.iter().any(|c| c.id == id) {
                return Err(StationError::UnknownCategory(id.to_owned()));
            }
        }
        let query = Query::parse(query);
        let documents = &self.documents[searched_index(lang)];
        let mut hits: Vec<(usize, f64, &Service)> = self
            .services
            .iter()
            .zip(documents)
            .filter(|(service, _)| category.is_none_or(|id| service.category == id))
            .filter_map(|(service, document)| {
                if query.is_empty() {
                    return Some((0, 0.0, service));
                }
                query
                    .rank(document)
                    .map(|(matched, score)| (matched, score, service))
            })
            .collect();
        // Stable sort: equal ranks keep file order.
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)));
        Ok(hits
            .into_iter()
            .map(|(_, _, service)| view(service, lang))
            .collect())
    }
}

/// The catalogue languages searched for a kiosk language: German, English, or — for a
/// citizen who reads Ukrainian, Russian, Arabic or Turkish — that language together with
/// German and English, so a German word seen on a letter finds its service too.
const SEARCHED: [&[Lang]; 6] = [
    &[Lang::De],
    &[Lang::En],
    &[Lang::Uk, Lang::De, Lang::En],
    &[Lang::Ru, Lang::De, Lang::En],
    &[Lang::Ar, Lang::De, Lang::En],
    &[Lang::Tr, Lang::De, Lang::En],
];

/// Position in [`SEARCHED`] (and `documents`) of what `lang` searches.
fn searched_index(lang: Lang) -> usize {
    match lang {
        Lang::De | Lang::DeEasy => 0,
        Lang::En => 1,
        Lang::Uk => 2,
        Lang::Ru => 3,
        Lang::Ar => 4,
        Lang::Tr => 5,
    }
}

fn view(service: &Service, lang: Lang) -> ServiceView {
    ServiceView {
        id: service.id.clone(),
        name: service.name.get(lang).clone(),
        summary: service.summary.get(lang).clone(),
        category: service.category.clone(),
        url: service.url.clone(),
        fee_cents: service.fee.as_ref().map(|fee| fee.cents),
        bookable: service.appointment.is_some(),
    }
}

/// Records a problem for every language in which the `field` (`name` or `summary`) of
/// the `kind` (`category` or `service`) `id` is blank: German and English must be
/// written, the other languages where they are given.
fn check_texts(
    problems: &mut Problems,
    kind: &str,
    id: &str,
    field: &str,
    texts: &Localized<String>,
) {
    for lang in Lang::ALL {
        let blank = match texts.written_in(lang) {
            Some(text) => text.trim().is_empty(),
            None => Lang::CATALOGUE.contains(&lang),
        };
        problems.check(!blank, || {
            german(
                "error-detail-text-missing",
                &[
                    ("kind", kind.into()),
                    ("id", id.into()),
                    ("field", field.into()),
                    ("lang", lang.code().into()),
                ],
            )
        });
    }
}

fn is_https_url(text: &str) -> bool {
    url::Url::parse(text)
        .is_ok_and(|url| url.scheme() == "https" && url.host_str().is_some_and(|h| !h.is_empty()))
}
