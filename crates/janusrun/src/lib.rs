//! The city's video platform in the tests: Debian's `janus` on 127.0.0.1, with a
//! configuration of its own in a temporary folder — the HTTP API on a free loopback
//! port, the VideoRoom plugin with an admin key, no other plugin or transport, ICE on
//! the loopback interface only (`loopback_ice.c`, compiled here and preloaded, says
//! why). Stopped when dropped.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// The VideoRoom plugin's admin key.
pub const ADMIN_KEY: &str = "janus-admin-key-of-the-tests";

/// A running Janus.
pub struct Janus {
    child: Child,
    /// The HTTP API, e.g. `http://127.0.0.1:PORT/janus`.
    pub url: String,
    _dir: tempfile::TempDir,
}

/// A plain-HTTP client (reqwest wants a TLS provider even for that).
fn client() -> reqwest::blocking::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("an HTTP client")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .unwrap()
        .port()
}

impl Janus {
    /// Starts Janus and waits until its API answers.
    pub fn start() -> Janus {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let port = free_port();
        let shim = root.join("loopback_ice.so");
        let compiled = Command::new("cc")
            .args(["-shared", "-fPIC", "-O2", "-o"])
            .arg(&shim)
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/loopback_ice.c"))
            .arg("-ldl")
            .status()
            .expect("cc runs");
        assert!(compiled.success(), "loopback_ice.c compiles");
        let modules = "/usr/lib/x86_64-linux-gnu/janus";
        for (folder, module) in [
            ("plugins", "libjanus_videoroom.so"),
            ("transports", "libjanus_http.so"),
        ] {
            std::fs::create_dir(root.join(folder)).unwrap();
            std::os::unix::fs::symlink(
                format!("{modules}/{folder}/{module}"),
                root.join(folder).join(module),
            )
            .expect("Debian's janus is installed (scripts/test installs it)");
        }
        std::fs::create_dir(root.join("none")).unwrap();
        let folder = |name: &str| root.join(name).display().to_string();
        std::fs::write(
            root.join("janus.jcfg"),
            format!(
                "general: {{ configs_folder = \"{}\", plugins_folder = \"{}\", \
                 transports_folder = \"{}\", events_folder = \"{}\", loggers_folder = \"{}\", \
                 debug_level = 3, server_name = \"bk-test\" }}\n\
                 media: {{ rtp_port_range = \"20000-40000\" }}\n\
                 nat: {{ ice_enforce_list = \"lo\" }}\n",
                root.display(),
                folder("plugins"),
                folder("transports"),
                folder("none"),
                folder("none"),
            ),
        )
        .unwrap();
        std::fs::write(
            root.join("janus.transport.http.jcfg"),
            format!(
                "general: {{ json = \"plain\", base_path = \"/janus\", http = true, port = {port}, \
                 ip = \"127.0.0.1\", https = false }}\nadmin: {{ admin_http = false }}\n"
            ),
        )
        .unwrap();
        std::fs::write(
            root.join("janus.plugin.videoroom.jcfg"),
            format!("general: {{ admin_key = \"{ADMIN_KEY}\", lock_rtp_forward = true }}\n"),
        )
        .unwrap();
        let child = Command::new("janus")
            .arg("--configs-folder")
            .arg(root)
            .args(["--interface", "127.0.0.1", "--disable-colors"])
            .env("LD_PRELOAD", &shim)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("janus starts (scripts/test installs it)");
        let janus = Janus {
            child,
            url: format!("http://127.0.0.1:{port}/janus"),
            _dir: dir,
        };
        let client = client();
        let deadline = Instant::now() + Duration::from_secs(15);
        while client
            .get(format!("{}/info", janus.url))
            .send()
            .map_or(true, |answer| !answer.status().is_success())
        {
            assert!(Instant::now() < deadline, "janus answers within 15 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        janus
    }

    /// The rooms there are now (the admin key lists the private ones too).
    pub fn rooms(&self) -> Vec<u64> {
        let client = client();
        let post = |url: &str, body: Value| -> Value {
            client.post(url).json(&body).send().unwrap().json().unwrap()
        };
        let session = post(&self.url, json!({"janus": "create", "transaction": "s"}))["data"]["id"]
            .as_u64()
            .unwrap();
        let session_url = format!("{}/{session}", self.url);
        let handle = post(
            &session_url,
            json!({"janus": "attach", "plugin": "janus.plugin.videoroom", "transaction": "a"}),
        )["data"]["id"]
            .as_u64()
            .unwrap();
        let list = post(
            &format!("{session_url}/{handle}"),
            json!({"janus": "message", "transaction": "l",
                   "body": {"request": "list", "admin_key": ADMIN_KEY}}),
        );
        post(
            &session_url,
            json!({"janus": "destroy", "transaction": "d"}),
        );
        list["plugindata"]["data"]["list"]
            .as_array()
            .expect("a list of rooms")
            .iter()
            .map(|room| room["room"].as_u64().unwrap())
            .collect()
    }
}

impl Drop for Janus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
