//! A real `bk-central serve` on a fixed loopback port, so that it can be killed with
//! SIGKILL and started again where the station expects it.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::time::Duration;

use crate::binaries::bk_central;

/// A central process and its data directory.
pub struct Central {
    dir: PathBuf,
    database: Option<String>,
    /// Further arguments of `serve`.
    serve_args: Vec<String>,
    /// Environment variables of `serve`.
    serve_env: Vec<(String, String)>,
    port: u16,
    process: Option<(Child, ChildStdout)>,
}

impl Central {
    /// Starts a central with data in `dir` on a free loopback port.
    pub fn start(dir: &Path) -> Self {
        Self::start_on(dir, None)
    }

    /// Starts a central with keys in `dir` and its data in `database` (a PostgreSQL
    /// URL; the SQLite file in `dir` when `None`) on a free loopback port. Several
    /// may share a directory and a database.
    pub fn start_on(dir: &Path, database: Option<String>) -> Self {
        Self::start_serving(dir, database, &[], &[])
    }

    /// Starts a central with data in `dir` whose `serve` takes `serve_args` as well
    /// (e.g. the appointment system's address).
    pub fn start_with(dir: &Path, serve_args: &[&str]) -> Self {
        Self::start_serving(dir, None, serve_args, &[])
    }

    /// The same with environment variables `env` (e.g. a platform's secret).
    pub fn start_configured(dir: &Path, serve_args: &[&str], env: &[(&str, &str)]) -> Self {
        Self::start_serving(dir, None, serve_args, env)
    }

    fn start_serving(
        dir: &Path,
        database: Option<String>,
        serve_args: &[&str],
        env: &[(&str, &str)],
    ) -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("free port")
            .port();
        let mut central = Self {
            dir: dir.to_path_buf(),
            database,
            serve_args: serve_args.iter().map(|arg| (*arg).to_owned()).collect(),
            serve_env: env
                .iter()
                .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
                .collect(),
            port,
            process: None,
        };
        central.restart();
        central
    }

    /// `bk-central` on this central's directory and database.
    fn command(&self) -> Command {
        let mut command = Command::new(bk_central());
        command.arg("--data-dir").arg(&self.dir);
        if let Some(database) = &self.database {
            command.args(["--database", database]);
        }
        command
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.process.as_ref().map(|(child, _)| child.id())
    }

    /// Starts the process again (after [`Central::kill`]) and waits until it listens.
    pub fn restart(&mut self) {
        assert!(self.process.is_none(), "central still running");
        for _ in 0..100 {
            let mut child = self
                .command()
                .args(["serve", "--listen", &format!("127.0.0.1:{}", self.port)])
                // The back office is not under test here: any free port.
                .args(["--admin-listen", "127.0.0.1:0"])
                .args(&self.serve_args)
                .envs(self.serve_env.iter().map(|(name, value)| (name, value)))
                .env("BK_CENTRAL_LOG", "error")
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("bk-central starts");
            let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
            let mut line = String::new();
            let _ = stdout.read_line(&mut line);
            if line.starts_with("bk-central lauscht auf") {
                self.process = Some((child, stdout.into_inner()));
                return;
            }
            // The port may still be held by the killed process for a moment.
            let _ = child.kill();
            let _ = child.wait();
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("bk-central does not start on port {}", self.port);
    }

    /// SIGKILL, and waits for the process to be gone.
    pub fn kill(&mut self) {
        if let Some((mut child, _)) = self.process.take() {
            child.kill().expect("SIGKILL");
            child.wait().expect("reaped");
        }
    }

    /// Runs a `bk-central` command on the same data directory.
    pub fn cli(&self, args: &[&str]) -> Output {
        self.command()
            .args(args)
            .env("BK_CENTRAL_LOG", "error")
            .output()
            .expect("bk-central runs")
    }

    /// `bk-central station add NAME`: the one-time code.
    pub fn add_station(&self, name: &str) -> String {
        let output = self.cli(&["station", "add", name]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .find_map(|line| line.strip_prefix("Einmaliger Anmeldecode: "))
            .expect("code printed")
            .to_owned()
    }

    /// Ids of every item the central holds, read from its database.
    pub fn item_ids(&self) -> BTreeSet<String> {
        self.ids("SELECT id FROM items")
    }

    /// The topics of the requests the central holds.
    pub fn topics(&self) -> BTreeSet<String> {
        self.ids("SELECT DISTINCT topic FROM items")
    }

    /// Ids of the requests the central holds documents for.
    pub fn document_request_ids(&self) -> BTreeSet<String> {
        self.ids("SELECT item_id FROM documents")
    }

    /// The first column of `query` (ids) over the central's database.
    fn ids(&self, query: &str) -> BTreeSet<String> {
        match &self.database {
            None => crate::ids_in(&self.dir.join("central.sqlite3"), query),
            Some(url) => {
                let mut client =
                    postgres::Client::connect(url, postgres::NoTls).expect("central database");
                client
                    .query(query, &[])
                    .expect("ids")
                    .iter()
                    .map(|row| row.get(0))
                    .collect()
            }
        }
    }
}

impl Drop for Central {
    fn drop(&mut self) {
        self.kill();
    }
}
