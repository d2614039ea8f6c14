//! An in-process TCP proxy in front of a real server that cuts connections on demand: after
//! `arm(n)`, once `n` more bytes have gone from server to client, it forwards exactly up to the
//! limit and closes both sides, like a network failure in the middle of a FETCH.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
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
    accept: JoinHandle<()>,
}

impl FaultProxy {
    pub async fn start(upstream: u16) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let budget = Arc::new(AtomicI64::new(UNARMED));
        let cuts = Arc::new(AtomicU64::new(0));
        let (b, c) = (budget.clone(), cuts.clone());
        let accept = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)).await else {
                    continue;
                };
                tokio::spawn(relay(client, server, b.clone(), c.clone()));
            }
        });
        FaultProxy {
            port,
            budget,
            cuts,
            accept,
        }
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

async fn relay(client: TcpStream, server: TcpStream, budget: Arc<AtomicI64>, cuts: Arc<AtomicU64>) {
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
