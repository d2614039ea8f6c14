//! Test messages: small, realistic, CRLF-terminated, with 8-bit text to check bytes survive.

use super::dovecot::USER;

/// An RFC 5322 message with CRLF line ends, a unique Message-ID `<n.postbag-test@riverside.example.org>`
/// and a body of about `body_len` bytes (8-bit UTF-8 included, to check bytes come back exact).
pub fn message(n: u32, body_len: usize) -> Vec<u8> {
    let mut raw = format!(
        "From: Member {n} <member{n}@example.net>\r\n\
         To: Branch Secretary <{USER}>\r\n\
         Subject: Motion for the branch meeting #{n}\r\n\
         Date: Mon, 4 Mar 2024 19:{:02}:00 +0000\r\n\
         Message-ID: <{n}.postbag-test@riverside.example.org>\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         Content-Transfer-Encoding: 8bit\r\n\r\n",
        n % 60
    )
    .into_bytes();
    let line = format!("Dues of £{n} are in arrears; please add this to the agenda.\r\n");
    while raw.len() < body_len {
        raw.extend_from_slice(line.as_bytes());
    }
    raw
}
