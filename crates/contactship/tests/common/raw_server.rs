//! A hostile HTTP "server" on a random loopback port: it accepts TCP, reads what the
//! client sends (a whole HTTP request, or the first bytes of a TLS handshake) and then
//! misbehaves in one chosen way. Every connection's received bytes are kept, so a test
//! can tell what reached the server. Synchronisation is by the client's own reply: the
//! bytes are stored before the server acts.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server does once it has read the request.
#[derive(Debug, Clone)]
pub enum Then {
    /// Writes these bytes, then closes.
    Reply(Vec<u8>),
    /// Closes without a byte.
    Close,
    /// Aborts the connection (TCP reset).
    Reset,
    /// Reads only the first bytes the client sends (for TLS: its ClientHello), writes
    /// these bytes and closes.
    AfterFirstBytes(Vec<u8>),
}

pub struct RawServer {
    pub port: u16,
    received: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl RawServer {
    pub async fn start(then: Then) -> RawServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let store = received.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, then.clone(), store.clone()));
            }
        });
        RawServer { port, received }
    }

    /// `http://127.0.0.1:<port>/v1` (or https).
    pub fn base(&self, scheme: &str) -> String {
        format!("{scheme}://127.0.0.1:{}/v1", self.port)
    }

    /// The bytes each connection sent, as lossy text.
    pub fn received(&self) -> Vec<String> {
        self.received
            .lock()
            .unwrap()
            .iter()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .collect()
    }

    pub fn received_raw(&self) -> Vec<Vec<u8>> {
        self.received.lock().unwrap().clone()
    }
}

async fn serve(mut stream: TcpStream, then: Then, store: Arc<Mutex<Vec<Vec<u8>>>>) {
    let mut buf = Vec::new();
    if let Then::AfterFirstBytes(bytes) = &then {
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.unwrap_or(0);
        store.lock().unwrap().push(chunk[..n].to_vec());
        let _ = stream.write_all(bytes).await;
        let _ = stream.shutdown().await;
        return;
    }
    read_request(&mut stream, &mut buf).await;
    store.lock().unwrap().push(buf);
    match then {
        Then::Reply(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
        Then::Close => {
            let _ = stream.shutdown().await;
        }
        Then::Reset => {
            // SO_LINGER 0 makes the close send RST instead of FIN.
            #[allow(deprecated)]
            let _ = stream.set_linger(Some(std::time::Duration::ZERO));
            drop(stream);
        }
        Then::AfterFirstBytes(_) => {}
    }
}

/// Reads the head and a `Content-Length` body.
async fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>) {
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(end) = find(buf, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let len = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if buf.len() >= end + 4 + len {
                return;
            }
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// An HTTP/1.1 reply with these headers and body (Content-Length added).
pub fn reply(status: &str, headers: &[(&str, &str)], body: &str) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    out.into_bytes()
}
