//! Names from the newest published configuration: places from its station plan,
//! online services, their fees and where they are booked from its catalogue (before the first publication,
//! the catalogue built in, which the stations use until then). An id that nothing
//! names is shown as it came.

use station::catalogue::{AppointmentRef, Catalogue, Fee, Payee};
use station::lang::Lang;
use station::plan::Plan;

use crate::store::{Store, StoreError};

/// The station plan and catalogue of the newest published configuration, as far as
/// they load.
pub struct Published {
    plan: Option<Plan>,
    catalogue: Option<Catalogue>,
}

impl Published {
    /// Reads the newest published configuration (none before the first publication).
    pub fn load(store: &Store) -> Result<Published, StoreError> {
        let config = store.latest_config()?;
        Ok(Published {
            plan: config
                .as_ref()
                .and_then(|config| Plan::from_json(&config.stations).ok()),
            catalogue: match &config {
                Some(config) => Catalogue::from_json(&config.services).ok(),
                None => Catalogue::built_in().ok(),
            },
        })
    }

    /// The name of place `id`.
    pub fn place_name(&self, id: &str) -> String {
        self.plan
            .as_ref()
            .and_then(|plan| plan.station(id).ok())
            .map_or_else(|| id.to_owned(), |station| station.name.clone())
    }

    /// The German name of online service `id`.
    pub fn service_name(&self, id: &str) -> String {
        self.service_name_in(id, Lang::De)
    }

    /// The name of online service `id` in `lang`.
    pub fn service_name_in(&self, id: &str, lang: Lang) -> String {
        self.catalogue
            .as_ref()
            .and_then(|catalogue| catalogue.service(id).ok())
            .map_or_else(|| id.to_owned(), |service| service.name.get(lang).clone())
    }

    /// The fee of online service `id` and the account that receives it, if it has one.
    pub fn fee(&self, id: &str) -> Option<(&Payee, &Fee)> {
        let catalogue = self.catalogue.as_ref()?;
        let fee = catalogue.service(id).ok()?.fee.as_ref()?;
        Some((catalogue.payee()?, fee))
    }

    /// Where online service `id` is booked in the appointment system, if it can be.
    pub fn appointment(&self, id: &str) -> Option<AppointmentRef> {
        self.catalogue.as_ref()?.service(id).ok()?.appointment
    }
}
