//! A TCP proxy on loopback that misbehaves on purpose between station and central.
//!
//! Each accepted connection draws one fault: pass it through, drop it at once, delay
//! it, cut the request part-way, cut the central's answer part-way (after the central
//! may have stored the batch), or answer 500/503 itself without asking the central.
//! A connection that passes drops after 0.3–3 KB of answers (a flaky link): the
//! station keeps connections alive, and without this one good connection would
//! carry everything. With several upstreams (central processes sharing a database),
//! each connection goes to one of them at random, as a load balancer spreads them.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::runtime::Runtime;

use crate::random::{below, between};

/// What the proxy does with one connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fault {
    /// Forward both ways until the link drops (after 0.3–3 KB of answers).
    Pass,
    /// Close at once.
    Drop,
    /// Wait 100–800 ms, then pass.
    Delay,
    /// Forward only the first bytes of the request, then close.
    CutRequest,
    /// Forward the request, then only the first bytes of the answer, then close.
    CutResponse,
    /// Answer `500 Internal Server Error` without the central.
    Status500,
    /// Answer `503 Service Unavailable` without the central.
    Status503,
}

impl Fault {
    /// Draws a fault; about a third of the connections pass unharmed.
    fn draw() -> Self {
        match below(100) {
            0..=34 => Self::Pass,
            35..=44 => Self::Drop,
            45..=59 => Self::Delay,
            60..=69 => Self::CutRequest,
            70..=84 => Self::CutResponse,
            85..=92 => Self::Status500,
            _ => Self::Status503,
        }
    }
}

/// A running fault proxy.
pub struct FaultProxy {
    port: u16,
    counts: Arc<Mutex<BTreeMap<Fault, u64>>>,
    runtime: Option<Runtime>,
}

impl FaultProxy {
    /// Listens on a free loopback port and forwards to `127.0.0.1:upstream_port`.
    pub fn start(upstream_port: u16) -> Self {
        Self::spread(vec![upstream_port])
    }

    /// Listens on a free loopback port and forwards each connection to one of
    /// `upstream_ports` on 127.0.0.1, drawn at random.
    pub fn spread(upstream_ports: Vec<u16>) -> Self {
        assert!(!upstream_ports.is_empty(), "an upstream to forward to");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("proxy runtime");
        let listener = runtime
            .block_on(TcpListener::bind("127.0.0.1:0"))
            .expect("proxy port");
        let port = listener.local_addr().expect("proxy address").port();
        let counts = Arc::new(Mutex::new(BTreeMap::new()));
        let task_counts = Arc::clone(&counts);
        runtime.spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let fault = Fault::draw();
                *task_counts
                    .lock()
                    .expect("counts")
                    .entry(fault)
                    .or_insert(0) += 1;
                let upstream_port = upstream_ports[below(upstream_ports.len() as u64) as usize];
                tokio::spawn(handle(client, upstream_port, fault));
            }
        });
        Self {
            port,
            counts,
            runtime: Some(runtime),
        }
    }

    /// `http://127.0.0.1:PORT` of the proxy.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// How often each fault was drawn so far.
    pub fn counts(&self) -> BTreeMap<Fault, u64> {
        self.counts.lock().expect("counts").clone()
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

async fn handle(mut client: TcpStream, upstream_port: u16, fault: Fault) {
    match fault {
        Fault::Drop => {}
        Fault::Status500 | Fault::Status503 => {
            let mut buffer = [0u8; 4096];
            let _ = client.read(&mut buffer).await;
            let (status, code) = if fault == Fault::Status500 {
                ("500 Internal Server Error", "internal")
            } else {
                ("503 Service Unavailable", "unavailable")
            };
            let body = format!("{{\"error\":\"{code}\",\"message\":\"Störung (Testproxy)\"}}");
            let answer = format!(
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = client.write_all(answer.as_bytes()).await;
        }
        Fault::Pass | Fault::Delay => {
            if fault == Fault::Delay {
                tokio::time::sleep(Duration::from_millis(between(100, 800))).await;
            }
            forward_limited(client, upstream_port, between(300, 3000)).await;
        }
        Fault::CutRequest => {
            let Ok(mut upstream) = TcpStream::connect(("127.0.0.1", upstream_port)).await else {
                return;
            };
            let mut buffer = vec![0u8; 64 * 1024];
            if let Ok(read) = client.read(&mut buffer).await {
                let cut = usize::try_from(below(read.max(1) as u64)).unwrap_or(0);
                let _ = upstream.write_all(&buffer[..cut]).await;
            }
        }
        Fault::CutResponse => forward_limited(client, upstream_port, between(1, 400)).await,
    }
}

/// Forwards the requests, and the answers up to `limit` bytes; then closes both.
async fn forward_limited(client: TcpStream, upstream_port: u16, limit: u64) {
    let Ok(upstream) = TcpStream::connect(("127.0.0.1", upstream_port)).await else {
        return;
    };
    let (mut client_read, mut client_write) = client.into_split();
    let (mut upstream_read, mut upstream_write) = upstream.into_split();
    let forward = tokio::spawn(async move {
        let _ = tokio::io::copy(&mut client_read, &mut upstream_write).await;
    });
    let mut allowed = usize::try_from(limit).unwrap_or(usize::MAX);
    let mut buffer = vec![0u8; 4096];
    while allowed > 0 {
        match upstream_read.read(&mut buffer).await {
            Ok(0) | Err(_) => break,
            Ok(read) => {
                let part = read.min(allowed);
                if client_write.write_all(&buffer[..part]).await.is_err() {
                    break;
                }
                allowed -= part;
            }
        }
    }
    forward.abort();
}
