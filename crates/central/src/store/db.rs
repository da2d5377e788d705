//! One SQL for both databases the central runs on: SQLite (the embedded default,
//! rusqlite) and PostgreSQL (the blocking client of tokio-postgres, `postgres`).
//!
//! Statements are written once, with `$1`, `$2`, … parameters (PostgreSQL's; for
//! SQLite they become `?1`, `?2`, …) in the SQL both understand. Arguments are the
//! few kinds the schema uses ([`Arg`]: integers, text, bytes, booleans, NULL); rows
//! come back as [`Row`]s of the same kinds, read with [`Row::get`]. Transactions are
//! `BEGIN IMMEDIATE` on SQLite (one writer at a time) and `READ COMMITTED` or
//! `SERIALIZABLE` on PostgreSQL, where a serialization failure or deadlock runs the
//! work again.
//!
//! Written by hand because the usual way to share SQL between the two, sqlx's `Any`
//! driver, links its own `libsqlite3-sys`, which cannot sit beside rusqlite's in one
//! build (docs/central.md).

use std::collections::HashMap;

use super::StoreError;

/// Which database a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An SQLite file.
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

/// How a transaction isolates itself from others (PostgreSQL; SQLite always runs
/// one writer at a time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Isolation {
    /// Each statement sees what was committed before it began: enough where every
    /// statement is atomic on its own (`INSERT … ON CONFLICT`, `UPDATE … WHERE`).
    ReadCommitted,
    /// As if the transactions ran one after another; run again on a conflict.
    Serializable,
}

/// How often PostgreSQL work is run again after a serialization failure or deadlock.
const MAX_RETRIES: u32 = 20;

/// An open connection.
pub enum Db {
    /// SQLite.
    Sqlite(rusqlite::Connection),
    /// PostgreSQL, with its prepared statements by SQL text.
    Postgres {
        /// The connection.
        client: PgClient,
        /// Statements prepared on it.
        statements: HashMap<String, postgres::Statement>,
        /// Where it connects (again, after the server closed the connection).
        config: Box<postgres::Config>,
        /// Whether a transaction is open (then a lost connection is not replaced:
        /// the transaction fails as a whole).
        in_transaction: bool,
    },
}

/// How long a statement may run, wait for a lock, or a transaction stay idle, on
/// PostgreSQL (SQLite waits at most 10 s for a lock).
const POSTGRES_TIMEOUTS: &str = "SET statement_timeout = '30s';
     SET lock_timeout = '10s';
     SET idle_in_transaction_session_timeout = '60s'";

/// The blocking PostgreSQL client. It runs a small runtime of its own, which must not
/// be dropped on a thread of another runtime: dropped there (the server ending), it
/// is dropped on a thread of its own.
pub struct PgClient(Option<Box<postgres::Client>>);

impl PgClient {
    /// Wraps a connected client.
    pub fn new(client: postgres::Client) -> PgClient {
        PgClient(Some(Box::new(client)))
    }
}

impl std::ops::Deref for PgClient {
    type Target = postgres::Client;

    fn deref(&self) -> &postgres::Client {
        self.0.as_deref().expect("client present until dropped")
    }
}

impl std::ops::DerefMut for PgClient {
    fn deref_mut(&mut self) -> &mut postgres::Client {
        self.0.as_deref_mut().expect("client present until dropped")
    }
}

impl Drop for PgClient {
    fn drop(&mut self) {
        if let Some(client) = self.0.take() {
            if tokio::runtime::Handle::try_current().is_ok() {
                let _ = std::thread::spawn(move || drop(client)).join();
            }
        }
    }
}

/// A value as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// SQL NULL.
    Null,
    /// An integer (SQLite INTEGER, PostgreSQL BIGINT).
    Int(i64),
    /// A truth value (PostgreSQL BOOLEAN; SQLite gives 0 or 1 as integers).
    Bool(bool),
    /// Text.
    Text(String),
    /// Bytes (SQLite BLOB, PostgreSQL BYTEA).
    Blob(Vec<u8>),
}

/// Something that can be a statement's argument.
pub trait Arg {
    /// The value it stands for.
    fn value(&self) -> Value;
}

impl Arg for i64 {
    fn value(&self) -> Value {
        Value::Int(*self)
    }
}

impl Arg for u32 {
    fn value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}

impl Arg for u64 {
    fn value(&self) -> Value {
        // Counts and versions stay far below 2^63; a larger one is refused before.
        Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl Arg for bool {
    fn value(&self) -> Value {
        Value::Bool(*self)
    }
}

impl Arg for str {
    fn value(&self) -> Value {
        Value::Text(self.to_owned())
    }
}

impl Arg for String {
    fn value(&self) -> Value {
        Value::Text(self.clone())
    }
}

impl Arg for [u8] {
    fn value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}

impl Arg for Vec<u8> {
    fn value(&self) -> Value {
        Value::Blob(self.clone())
    }
}

impl<const N: usize> Arg for [u8; N] {
    fn value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> Value {
        (**self).value()
    }
}

impl<T: Arg> Arg for Option<T> {
    fn value(&self) -> Value {
        self.as_ref().map_or(Value::Null, Arg::value)
    }
}

/// The arguments of a statement: `args![a, b, c]`.
macro_rules! args {
    () => { &[] as &[&dyn $crate::store::db::Arg] };
    ($($arg:expr),+ $(,)?) => { &[$(&$arg as &dyn $crate::store::db::Arg),+] };
}
pub(crate) use args;

/// One row of a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row(Vec<Value>);

/// A Rust type a column can be read as.
pub trait FromValue: Sized {
    /// `value` as `Self`; `None` when it does not fit.
    fn from_value(value: &Value) -> Option<Self>;
}

impl FromValue for i64 {
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Int(number) => Some(*number),
            Value::Bool(truth) => Some(i64::from(*truth)),
            _ => None,
        }
    }
}

impl FromValue for u64 {
    fn from_value(value: &Value) -> Option<Self> {
        i64::from_value(value).and_then(|number| u64::try_from(number).ok())
    }
}

impl FromValue for u32 {
    fn from_value(value: &Value) -> Option<Self> {
        i64::from_value(value).and_then(|number| u32::try_from(number).ok())
    }
}

impl FromValue for bool {
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Bool(truth) => Some(*truth),
            Value::Int(number) => Some(*number != 0),
            _ => None,
        }
    }
}

impl FromValue for String {
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Text(text) => Some(text.clone()),
            _ => None,
        }
    }
}

impl FromValue for Vec<u8> {
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Blob(bytes) => Some(bytes.clone()),
            _ => None,
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Null => Some(None),
            other => T::from_value(other).map(Some),
        }
    }
}

impl Row {
    /// Column `index` (from 0) as `T`.
    pub fn get<T: FromValue>(&self, index: usize) -> Result<T, StoreError> {
        self.0
            .get(index)
            .and_then(T::from_value)
            .ok_or_else(|| StoreError::Column {
                index,
                found: format!("{:?}", self.0.get(index)),
            })
    }
}

impl Db {
    /// Connects to PostgreSQL as `config` says (no TLS: the caller checked that the
    /// server is on this machine).
    pub fn connect_postgres(config: postgres::Config) -> Result<Db, StoreError> {
        let mut client = config.connect(postgres::NoTls)?;
        client.batch_execute(POSTGRES_TIMEOUTS)?;
        Ok(Db::Postgres {
            client: PgClient::new(client),
            statements: HashMap::new(),
            config: Box::new(config),
            in_transaction: false,
        })
    }

    /// Outside a transaction, replaces a PostgreSQL connection the server closed
    /// (a restart of the server, a failover), so that the process goes on.
    fn reconnect_if_closed(&mut self) -> Result<(), StoreError> {
        if let Db::Postgres {
            client,
            statements,
            config,
            in_transaction: false,
        } = self
        {
            if client.is_closed() {
                let mut fresh = config.connect(postgres::NoTls)?;
                fresh.batch_execute(POSTGRES_TIMEOUTS)?;
                *client = PgClient::new(fresh);
                statements.clear();
            }
        }
        Ok(())
    }

    fn set_in_transaction(&mut self, open: bool) {
        if let Db::Postgres { in_transaction, .. } = self {
            *in_transaction = open;
        }
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres { .. } => Backend::Postgres,
        }
    }

    /// Runs a statement; how many rows it changed.
    pub fn execute(&mut self, sql: &str, args: &[&dyn Arg]) -> Result<u64, StoreError> {
        self.reconnect_if_closed()?;
        match self {
            Db::Sqlite(conn) => {
                let values = sqlite_values(args);
                let mut statement = conn.prepare_cached(&sqlite_sql(sql))?;
                Ok(statement.execute(rusqlite::params_from_iter(values.iter()))? as u64)
            }
            Db::Postgres {
                client, statements, ..
            } => {
                let statement = prepared(client, statements, sql)?;
                let values = postgres_values(args);
                Ok(client.execute(&statement, &postgres_refs(&values))?)
            }
        }
    }

    /// Runs a query; all its rows.
    pub fn query(&mut self, sql: &str, args: &[&dyn Arg]) -> Result<Vec<Row>, StoreError> {
        self.reconnect_if_closed()?;
        match self {
            Db::Sqlite(conn) => {
                let values = sqlite_values(args);
                let mut statement = conn.prepare_cached(&sqlite_sql(sql))?;
                let columns = statement.column_count();
                let mut rows = statement.query(rusqlite::params_from_iter(values.iter()))?;
                let mut found = Vec::new();
                while let Some(row) = rows.next()? {
                    let mut values = Vec::with_capacity(columns);
                    for index in 0..columns {
                        values.push(from_sqlite(row.get_ref(index)?));
                    }
                    found.push(Row(values));
                }
                Ok(found)
            }
            Db::Postgres {
                client, statements, ..
            } => {
                let statement = prepared(client, statements, sql)?;
                let values = postgres_values(args);
                client
                    .query(&statement, &postgres_refs(&values))?
                    .iter()
                    .map(from_postgres)
                    .collect()
            }
        }
    }

    /// The first row of a query, if there is one.
    pub fn query_opt(&mut self, sql: &str, args: &[&dyn Arg]) -> Result<Option<Row>, StoreError> {
        Ok(self.query(sql, args)?.into_iter().next())
    }

    /// The first row of a query that always has one (an aggregate).
    pub fn query_one(&mut self, sql: &str, args: &[&dyn Arg]) -> Result<Row, StoreError> {
        self.query_opt(sql, args)?
            .ok_or_else(|| StoreError::Column {
                index: 0,
                found: "keine Zeile".to_owned(),
            })
    }

    /// Runs `work` in a transaction: committed when it returns `Ok`, rolled back when
    /// it returns an error. On PostgreSQL, `work` runs again after a serialization
    /// failure or deadlock, so it must not have effects outside the database.
    pub fn transaction<T>(
        &mut self,
        isolation: Isolation,
        mut work: impl FnMut(&mut Db) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let begin = match (self.backend(), isolation) {
            (Backend::Sqlite, _) => "BEGIN IMMEDIATE",
            (Backend::Postgres, Isolation::ReadCommitted) => "BEGIN ISOLATION LEVEL READ COMMITTED",
            (Backend::Postgres, Isolation::Serializable) => "BEGIN ISOLATION LEVEL SERIALIZABLE",
        };
        let mut tries = 0;
        loop {
            self.batch(begin)?;
            self.set_in_transaction(true);
            let result = work(self).and_then(|value| self.batch("COMMIT").map(|()| value));
            self.set_in_transaction(false);
            match result {
                Ok(value) => return Ok(value),
                Err(error) => {
                    // A failed COMMIT has ended the transaction already; ROLLBACK then
                    // only warns.
                    let _ = self.batch("ROLLBACK");
                    tries += 1;
                    if !(error.is_retryable() && tries < MAX_RETRIES) {
                        return Err(error);
                    }
                }
            }
        }
    }

    /// Runs statements without arguments (migrations, transaction control).
    pub fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        self.reconnect_if_closed()?;
        match self {
            Db::Sqlite(conn) => conn.execute_batch(sql)?,
            Db::Postgres { client, .. } => client.batch_execute(sql)?,
        }
        Ok(())
    }
}

/// `$1` → `?1`: SQLite's numbered parameters. The store's SQL has no `$` elsewhere.
fn sqlite_sql(sql: &str) -> String {
    sql.replace('$', "?")
}

fn sqlite_values(args: &[&dyn Arg]) -> Vec<rusqlite::types::Value> {
    args.iter()
        .map(|arg| match arg.value() {
            Value::Null => rusqlite::types::Value::Null,
            Value::Int(number) => rusqlite::types::Value::Integer(number),
            Value::Bool(truth) => rusqlite::types::Value::Integer(i64::from(truth)),
            Value::Text(text) => rusqlite::types::Value::Text(text),
            Value::Blob(bytes) => rusqlite::types::Value::Blob(bytes),
        })
        .collect()
}

fn from_sqlite(value: rusqlite::types::ValueRef<'_>) -> Value {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(number) => Value::Int(number),
        // The schema has no REAL column; a REAL from an expression is rounded.
        ValueRef::Real(number) => Value::Int(number as i64),
        ValueRef::Text(text) => Value::Text(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Blob(bytes) => Value::Blob(bytes.to_vec()),
    }
}

/// The statement for `sql`, prepared once per connection.
fn prepared(
    client: &mut PgClient,
    statements: &mut HashMap<String, postgres::Statement>,
    sql: &str,
) -> Result<postgres::Statement, StoreError> {
    if let Some(statement) = statements.get(sql) {
        return Ok(statement.clone());
    }
    let statement = client.prepare(sql)?;
    statements.insert(sql.to_owned(), statement.clone());
    Ok(statement)
}

fn postgres_values(args: &[&dyn Arg]) -> Vec<Value> {
    args.iter().map(|arg| arg.value()).collect()
}

fn postgres_refs(values: &[Value]) -> Vec<&(dyn postgres::types::ToSql + Sync)> {
    values
        .iter()
        .map(|value| value as &(dyn postgres::types::ToSql + Sync))
        .collect()
}

fn from_postgres(row: &postgres::Row) -> Result<Row, StoreError> {
    use postgres::types::Type;
    let mut values = Vec::with_capacity(row.len());
    for (index, column) in row.columns().iter().enumerate() {
        let value = match *column.type_() {
            Type::INT8 => row.try_get::<_, Option<i64>>(index)?.map(Value::Int),
            Type::INT4 => row
                .try_get::<_, Option<i32>>(index)?
                .map(|number| Value::Int(i64::from(number))),
            Type::INT2 => row
                .try_get::<_, Option<i16>>(index)?
                .map(|number| Value::Int(i64::from(number))),
            Type::BOOL => row.try_get::<_, Option<bool>>(index)?.map(Value::Bool),
            Type::BYTEA => row.try_get::<_, Option<Vec<u8>>>(index)?.map(Value::Blob),
            Type::VOID => None,
            _ => row.try_get::<_, Option<String>>(index)?.map(Value::Text),
        };
        values.push(value.unwrap_or(Value::Null));
    }
    Ok(Row(values))
}

impl postgres::types::ToSql for Value {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::Type;
        match self {
            Value::Null => Ok(postgres::types::IsNull::Yes),
            Value::Int(number) => match *ty {
                Type::INT4 => i32::try_from(*number)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*number)?.to_sql(ty, out),
                Type::BOOL => (*number != 0).to_sql(ty, out),
                _ => number.to_sql(ty, out),
            },
            Value::Bool(truth) => match *ty {
                Type::INT8 => i64::from(*truth).to_sql(ty, out),
                _ => truth.to_sql(ty, out),
            },
            Value::Text(text) => text.as_str().to_sql(ty, out),
            Value::Blob(bytes) => bytes.as_slice().to_sql(ty, out),
        }
    }

    fn accepts(_: &postgres::types::Type) -> bool {
        // Checked per value in `to_sql`: the inner types refuse what does not fit.
        true
    }

    postgres::types::to_sql_checked!();
}
