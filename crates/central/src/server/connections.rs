//! Limits on connections: at most [`MAX_CONNECTIONS`] open at once per listener (a
//! connection beyond that is closed at once); a client must send its first byte and
//! its request headers within [`HEADER_TIMEOUT`] each, and the whole request within
//! [`REQUEST_TIMEOUT`]; a connection serves one request (no keep-alive, so no idle
//! connection waits for a next one). Together they keep a slow or hostile client from
//! tying up the server.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum_server::accept::Accept;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Sleep;

/// Open connections per listener.
pub const MAX_CONNECTIONS: usize = 256;
/// Time to receive the request headers.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Time to receive and answer a whole request.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// An acceptor that holds one permit per open connection.
#[derive(Clone)]
pub struct LimitedAcceptor {
    permits: Arc<Semaphore>,
}

impl Default for LimitedAcceptor {
    /// An acceptor for at most [`MAX_CONNECTIONS`] connections.
    fn default() -> Self {
        LimitedAcceptor {
            permits: Arc::new(Semaphore::new(MAX_CONNECTIONS)),
        }
    }
}

/// A connection and the permit it holds until it closes.
pub struct Limited<I> {
    inner: I,
    /// Until the first byte arrives: when it fires, the connection is given up. (The
    /// server's header timeout only starts with the first byte.)
    first_byte: Option<Pin<Box<Sleep>>>,
    _permit: OwnedSemaphorePermit,
}

impl<I, S> Accept<I, S> for LimitedAcceptor
where
    I: Send + 'static,
    S: Send + 'static,
{
    type Stream = Limited<I>;
    type Service = S;
    type Future = std::future::Ready<io::Result<(Limited<I>, S)>>;

    fn accept(&self, stream: I, service: S) -> Self::Future {
        std::future::ready(match Arc::clone(&self.permits).try_acquire_owned() {
            Ok(permit) => Ok((
                Limited {
                    inner: stream,
                    first_byte: Some(Box::pin(tokio::time::sleep(HEADER_TIMEOUT))),
                    _permit: permit,
                },
                service,
            )),
            Err(_) => {
                tracing::warn!("Zu viele offene Verbindungen; eine neue wird geschlossen");
                Err(io::Error::other("connection limit reached"))
            }
        })
    }
}

impl<I: AsyncRead + Unpin> AsyncRead for Limited<I> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffer: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buffer.filled().len();
        let read = Pin::new(&mut self.inner).poll_read(context, buffer);
        let Some(deadline) = self.first_byte.as_mut() else {
            return read;
        };
        match read {
            Poll::Ready(_) if buffer.filled().len() > before => {
                self.first_byte = None;
                read
            }
            Poll::Pending if deadline.as_mut().poll(context).is_ready() => {
                Poll::Ready(Err(io::ErrorKind::TimedOut.into()))
            }
            other => other,
        }
    }
}

impl<I: AsyncWrite + Unpin> AsyncWrite for Limited<I> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffer: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(context, buffer)
    }

    fn poll_flush(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(context)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(context)
    }
}
