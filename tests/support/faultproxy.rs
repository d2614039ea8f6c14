//! An in-process TCP proxy in front of a real server that cuts connections on demand: after
//! `arm(n)`, once `n` more bytes have gone from server to client, it forwards exactly up to the
//! limit and closes both sides, like a network failure in the middle of a FETCH. After
//! `hold(n)` it stops forwarding at that point instead, until `release()`: the client is
//! caught in the middle of a command for as long as a test needs.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

const UNARMED: i64 = i64::MAX;

/// A proxy listening on 127.0.0.1:`port`, forwarding to 127.0.0.1:`upstream`.
pub struct FaultProxy {
    pub port: u16,
    /// Server-to-client bytes left before the cut; `UNARMED` when no cut is planned.
    budget: Arc<AtomicI64>,
    cuts: Arc<AtomicU64>,
    hold: Arc<Hold>,
    accept: JoinHandle<()>,
}

/// A planned stop of the server-to-client traffic.
struct Hold {
    /// Bytes left before it; `UNARMED` when none is planned.
    budget: AtomicI64,
    /// Whether a connection is held now.
    holding: AtomicBool,
    /// A permit lets the held connection go on.
    release: tokio::sync::Semaphore,
}

impl FaultProxy {
    pub async fn start(upstream: u16) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let budget = Arc::new(AtomicI64::new(UNARMED));
        let cuts = Arc::new(AtomicU64::new(0));
        let hold = Arc::new(Hold {
            budget: AtomicI64::new(UNARMED),
            holding: AtomicBool::new(false),
            release: tokio::sync::Semaphore::new(0),
        });
        let (b, c, h) = (budget.clone(), cuts.clone(), hold.clone());
        let accept = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)).await else {
                    continue;
                };
                tokio::spawn(relay(client, server, b.clone(), c.clone(), h.clone()));
            }
        });
        FaultProxy {
            port,
            budget,
            cuts,
            hold,
            accept,
        }
    }

    /// Stop forwarding from the server once `bytes` more bytes have gone to the client,
    /// until [`Self::release`].
    pub fn hold(&self, bytes: u64) {
        self.hold.budget.store(bytes as i64, Ordering::SeqCst);
    }

    /// Whether a connection is held now.
    pub fn holding(&self) -> bool {
        self.hold.holding.load(Ordering::SeqCst)
    }

    /// Let the held connection go on (and hold nothing more).
    pub fn release(&self) {
        self.hold.budget.store(UNARMED, Ordering::SeqCst);
        self.hold.release.add_permits(1);
    }

    /// Cut the connection that carries the `bytes`-th next byte from the server.
    pub fn arm(&self, bytes: u64) {
        self.budget.store(bytes as i64, Ordering::SeqCst);
    }

    /// Forward everything again.
    pub fn disarm(&self) {
        self.budget.store(UNARMED, Ordering::SeqCst);
    }

    /// How many connections were cut so far.
    pub fn cuts(&self) -> u64 {
        self.cuts.load(Ordering::SeqCst)
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

async fn relay(
    client: TcpStream,
    server: TcpStream,
    budget: Arc<AtomicI64>,
    cuts: Arc<AtomicU64>,
    hold: Arc<Hold>,
) {
    client.set_nodelay(true).ok();
    server.set_nodelay(true).ok();
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();
    let upstream = async {
        let _ = tokio::io::copy(&mut client_read, &mut server_write).await;
    };
    let downstream = async {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match server_read.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            let held = hold.budget.load(Ordering::SeqCst);
            if held != UNARMED && held < n as i64 {
                let upto = held.max(0) as usize;
                if client_write.write_all(&buf[..upto]).await.is_err() {
                    return;
                }
                hold.budget.store(UNARMED, Ordering::SeqCst);
                hold.holding.store(true, Ordering::SeqCst);
                let Ok(permit) = hold.release.acquire().await else {
                    return;
                };
                permit.forget();
                hold.holding.store(false, Ordering::SeqCst);
                if client_write.write_all(&buf[upto..n]).await.is_err() {
                    return;
                }
                continue;
            } else if held != UNARMED {
                hold.budget.fetch_sub(n as i64, Ordering::SeqCst);
            }
            let left = budget.load(Ordering::SeqCst);
            if left == UNARMED {
                if client_write.write_all(&buf[..n]).await.is_err() {
                    return;
                }
                continue;
            }
            let allowed = (left.max(0) as usize).min(n);
            budget.fetch_sub(allowed as i64, Ordering::SeqCst);
            let _ = client_write.write_all(&buf[..allowed]).await;
            if allowed < n || left as usize == n {
                budget.store(UNARMED, Ordering::SeqCst);
                cuts.fetch_add(1, Ordering::SeqCst);
                let _ = client_write.shutdown().await;
                return;
            }
        }
    };
    // Whichever direction ends first closes the whole connection.
    tokio::select! {
        _ = upstream => {}
        _ = downstream => {}
    }
}
