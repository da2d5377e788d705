//! Fees paid online: the payment transactions the central created on the city's
//! payment platform for a request's payment link, their last known status, and the
//! request's `paid_at` once the platform reports one paid — at once when the request
//! is there, or when it arrives.

use syncproto::PaidItem;

use super::audit::{audit_in, AuditAction};
use super::db::{args, Db, Isolation};
use super::{timestamp, Store, StoreError};

/// Who the audit log names for a payment the platform reported.
pub const PLATFORM_ACTOR: &str = "Bezahlplattform";

/// A transaction's status as the central last saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnlineStatus {
    /// Created, not paid yet.
    Open,
    /// Paid.
    Paid,
    /// The citizen cancelled on the paypage.
    Canceled,
    /// The platform refused the payment.
    Failed,
}

impl OnlineStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            OnlineStatus::Open => "open",
            OnlineStatus::Paid => "paid",
            OnlineStatus::Canceled => "canceled",
            OnlineStatus::Failed => "failed",
        }
    }

    fn parse(stored: &str) -> Result<OnlineStatus, StoreError> {
        Ok(match stored {
            "open" => OnlineStatus::Open,
            "paid" => OnlineStatus::Paid,
            "canceled" => OnlineStatus::Canceled,
            "failed" => OnlineStatus::Failed,
            _ => return Err(StoreError::Corrupt("online_payments.status".into())),
        })
    }
}

/// A transaction as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnlinePayment {
    /// The platform's transaction id.
    pub transaction_id: String,
    /// The request it pays.
    pub item_id: String,
    /// The station that recorded the request.
    pub station_id: String,
    /// The catalogue service whose fee it pays.
    pub service: String,
    /// The amount, in cents.
    pub cents: i64,
    /// The platform's page where the citizen pays.
    pub paypage: String,
    /// The status last seen.
    pub status: OnlineStatus,
    /// When it was created: RFC 3339, UTC, milliseconds.
    pub created_at: String,
    /// When it was paid, as the central learnt it.
    pub paid_at: Option<String>,
}

const COLUMNS: &str = "transaction_id, item_id, station_id, service, cents, paypage, status, \
                       created_at, paid_at";

fn read(row: &super::db::Row) -> Result<OnlinePayment, StoreError> {
    Ok(OnlinePayment {
        transaction_id: row.get(0)?,
        item_id: row.get(1)?,
        station_id: row.get(2)?,
        service: row.get(3)?,
        cents: row.get(4)?,
        paypage: row.get(5)?,
        status: OnlineStatus::parse(&row.get::<String>(6)?)?,
        created_at: row.get(7)?,
        paid_at: row.get(8)?,
    })
}

/// Sets `paid_at` of the arrived, unpaid requests of `station_id` that a paid
/// transaction pays.
pub(super) fn apply_paid(db: &mut Db, station_id: &str) -> Result<(), StoreError> {
    db.execute(
        "UPDATE items SET paid_at = p.paid_at,
                          paid_by = 'Bezahlplattform (online, Transaktion '
                                    || p.transaction_id || ')'
         FROM online_payments p
         WHERE p.item_id = items.id AND p.station_id = items.station_id
           AND p.status = 'paid' AND items.paid_at IS NULL AND items.station_id = $1",
        args![station_id],
    )?;
    Ok(())
}

impl Store {
    /// The latest transaction of request `item_id` of `station_id`, and whether the
    /// request is closed (done or purged).
    pub fn online_payment_of(
        &self,
        item_id: &str,
        station_id: &str,
    ) -> Result<(Option<OnlinePayment>, bool), StoreError> {
        let mut db = self.db();
        let paid_first = "CASE status WHEN 'paid' THEN 0 ELSE 1 END";
        let latest = db
            .query_opt(
                &format!(
                    "SELECT {COLUMNS} FROM online_payments WHERE item_id = $1 AND station_id = $2
                     ORDER BY {paid_first}, created_at DESC, transaction_id LIMIT 1"
                ),
                args![item_id, station_id],
            )?
            .map(|row| read(&row))
            .transpose()?;
        Ok((
            latest,
            super::documents::request_closed(&mut db, item_id, station_id)?,
        ))
    }

    /// Those of `ids` (requests of station `station_id`) whose fee is paid: recorded on
    /// the request, or reported paid by the platform for a request not arrived yet.
    pub fn paid_ids(&self, station_id: &str, ids: &[String]) -> Result<Vec<PaidItem>, StoreError> {
        let mut db = self.db();
        let mut paid = Vec::new();
        for id in ids {
            let recorded = db.query_opt(
                "SELECT paid_at, paid_by FROM items
                 WHERE id = $1 AND station_id = $2 AND paid_at IS NOT NULL",
                args![id, station_id],
            )?;
            let found = match recorded {
                Some(row) => Some((
                    row.get::<String>(0)?,
                    row.get::<Option<String>>(1)?
                        .is_some_and(|by| by.starts_with(PLATFORM_ACTOR)),
                )),
                None => db
                    .query_opt(
                        "SELECT paid_at FROM online_payments
                         WHERE item_id = $1 AND station_id = $2 AND status = 'paid'
                         ORDER BY paid_at LIMIT 1",
                        args![id, station_id],
                    )?
                    .map(|row| row.get::<String>(0).map(|at| (at, true)))
                    .transpose()?,
            };
            if let Some((paid_at, online)) = found {
                paid.push(PaidItem {
                    id: id.clone(),
                    paid_at,
                    online,
                });
            }
        }
        Ok(paid)
    }

    /// Records a transaction just created on the platform.
    pub fn add_online_payment(&self, payment: &OnlinePayment) -> Result<(), StoreError> {
        let now = timestamp();
        self.db().execute(
            &format!(
                "INSERT INTO online_payments ({COLUMNS}, checked_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
            ),
            args![
                payment.transaction_id,
                payment.item_id,
                payment.station_id,
                payment.service,
                payment.cents,
                payment.paypage,
                payment.status.as_str(),
                now,
                payment.paid_at,
                now
            ],
        )?;
        Ok(())
    }

    /// Records the platform's `status` of transaction `transaction_id`. The first time
    /// it is paid, the request's `paid_at` is set when the request is there, and the
    /// audit log records the payment. Gives the transaction as stored now.
    pub fn settle_online_payment(
        &mut self,
        transaction_id: &str,
        status: OnlineStatus,
    ) -> Result<Option<OnlinePayment>, StoreError> {
        self.db().transaction(Isolation::Serializable, |db| {
            let now = timestamp();
            let newly_paid = db.execute(
                "UPDATE online_payments SET status = $2, checked_at = $3,
                        paid_at = CASE WHEN $2 = 'paid' THEN $3 ELSE paid_at END
                 WHERE transaction_id = $1 AND status <> 'paid'",
                args![transaction_id, status.as_str(), now],
            )? == 1
                && status == OnlineStatus::Paid;
            let Some(row) = db.query_opt(
                &format!("SELECT {COLUMNS} FROM online_payments WHERE transaction_id = $1"),
                args![transaction_id],
            )?
            else {
                return Ok(None);
            };
            let payment = read(&row)?;
            if newly_paid {
                apply_paid(db, &payment.station_id)?;
                let detail = format!("online, Transaktion {transaction_id}");
                audit_in(
                    db,
                    PLATFORM_ACTOR,
                    AuditAction::Paid,
                    Some(&payment.item_id),
                    Some(&detail),
                )?;
            }
            Ok(Some(payment))
        })
    }

    /// The open transactions created since `since` (RFC 3339) whose status was last
    /// checked before `checked_before`, oldest check first, at most `limit`.
    pub fn open_online_payments(
        &self,
        since: &str,
        checked_before: &str,
        limit: i64,
    ) -> Result<Vec<OnlinePayment>, StoreError> {
        self.db()
            .query(
                &format!(
                    "SELECT {COLUMNS} FROM online_payments
                     WHERE status = 'open' AND created_at >= $1 AND checked_at < $2
                     ORDER BY checked_at LIMIT $3"
                ),
                args![since, checked_before, limit],
            )?
            .iter()
            .map(read)
            .collect()
    }

    /// Notes that transaction `transaction_id` was checked now and is still open.
    pub fn touch_online_payment(&self, transaction_id: &str) -> Result<(), StoreError> {
        self.db().execute(
            "UPDATE online_payments SET checked_at = $2 WHERE transaction_id = $1",
            args![transaction_id, timestamp()],
        )?;
        Ok(())
    }
}
