//! Who a sender is: the branch's member list, read from the party's CSV export, and the
//! address matching that finds a member however they spell their address. The store keeps
//! the list (`Store::replace_members`); rules see the result as `sender-status` and
//! `sender-branch`; the digest counts senders by status.
//!
//! A sender not on the list is a [`NON_MEMBER`]. Until a list has been imported nobody is
//! looked up at all: `sender-status` is then absent, so rules about it do not fire.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Serialize;

use crate::config::MembersConfig;
use crate::mail::{Envelope, SenderProfile};
use crate::store::{Member, MemberStatus, Store};
use crate::{Error, Result};

/// The status of a sender who is not on the member list.
pub const NON_MEMBER: &str = "non-member";

/// The form an address is matched in: lowercased; a `+tag` dropped from the local part
/// (`jo+labour@x` is `jo@x`); `googlemail.com` read as `gmail.com`, where dots in the local
/// part are also dropped (Gmail ignores them).
pub fn canonical(email: &str) -> String {
    let email = email.trim().trim_matches(['<', '>']).to_lowercase();
    let Some((local, domain)) = email.rsplit_once('@') else {
        return email;
    };
    let local = local.split('+').next().unwrap_or(local);
    let domain = if domain == "googlemail.com" {
        "gmail.com"
    } else {
        domain
    };
    let local = if domain == "gmail.com" {
        local.replace('.', "")
    } else {
        local.to_string()
    };
    format!("{local}@{domain}")
}

/// The member with this address, in any of its spellings (see [`canonical`]).
pub fn lookup(store: &Store, email: &str) -> Result<Option<Member>> {
    store.member(&canonical(email))
}

/// `member`, `lapsed`, `officer` or [`NON_MEMBER`] for an address.
pub fn status_of(store: &Store, email: &str) -> Result<&'static str> {
    Ok(lookup(store, email)?.map_or(NON_MEMBER, |m| m.status.as_str()))
}

/// The sender's profile for rules; `None` while no member list has been imported.
pub fn profile(store: &Store, email: &str) -> Result<Option<SenderProfile>> {
    if !store.has_members()? {
        return Ok(None);
    }
    Ok(Some(match lookup(store, email)? {
        Some(m) => SenderProfile {
            status: m.status.as_str().to_string(),
            branch: Some(m.branch).filter(|b| !b.trim().is_empty()),
        },
        None => SenderProfile {
            status: NON_MEMBER.to_string(),
            branch: None,
        },
    }))
}

/// Fills `env.sender_profile` from the member list, before triage.
pub fn annotate(store: &Store, env: &mut Envelope) -> Result<()> {
    let email = env.sender().map(|a| a.email.clone()).unwrap_or_default();
    env.sender_profile = profile(store, &email)?;
    Ok(())
}

/// Senders counted by status, for the digest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    pub member: u64,
    pub lapsed: u64,
    pub officer: u64,
    pub non_member: u64,
}

impl StatusCounts {
    pub fn add(&mut self, status: &str) {
        match status {
            "member" => self.member += 1,
            "lapsed" => self.lapsed += 1,
            "officer" => self.officer += 1,
            _ => self.non_member += 1,
        }
    }
}

/// Counts each address once by its status (addresses that are spellings of one person
/// count once), e.g. the senders of a week's messages.
pub fn tally<'a>(store: &Store, emails: impl IntoIterator<Item = &'a str>) -> Result<StatusCounts> {
    let mut seen = std::collections::BTreeSet::new();
    let mut counts = StatusCounts::default();
    for email in emails {
        let c = canonical(email);
        if seen.insert(c.clone()) {
            counts.add(store.member(&c)?.map_or(NON_MEMBER, |m| m.status.as_str()));
        }
    }
    Ok(counts)
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub members: usize,
    pub by_status: BTreeMap<&'static str, usize>,
    /// Rows without an email address: nobody can write from them, so they are not kept.
    pub without_email: usize,
    /// "line 12: same address as line 4; kept the officer row", one per duplicate.
    pub duplicates: Vec<String>,
}

/// Reads the CSV at `path` and replaces the stored member list with it. Nothing is
/// changed when the file has any error.
pub fn import(store: &Store, path: &Path, config: &MembersConfig) -> Result<ImportReport> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_owned(),
        source,
    })?;
    let (members, report) = read_csv(path, &bytes, config)?;
    store.replace_members(&members)?;
    Ok(report)
}

/// Parses a member list. Errors name the file, the line and the column.
pub fn read_csv(
    path: &Path,
    bytes: &[u8],
    config: &MembersConfig,
) -> Result<(Vec<Member>, ImportReport)> {
    let fail = |line: u64, detail: String| Error::ImportMembers {
        path: path.to_owned(),
        line,
        detail,
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| fail(csv_line(&e), e.to_string()))?
        .clone();
    let col = |wanted: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case(wanted))
            .ok_or_else(|| {
                fail(
                    1,
                    format!(
                        "no column {wanted:?} (the header has: {}); set [members] columns in the config",
                        headers.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>().join(", ")
                    ),
                )
            })
    };
    let c = &config.columns;
    let (name, email, number, status, branch) = (
        col(&c.name)?,
        col(&c.email)?,
        col(&c.number)?,
        col(&c.status)?,
        col(&c.branch)?,
    );
    let statuses: HashMap<String, MemberStatus> = config
        .statuses
        .iter()
        .map(|(k, v)| (k.trim().to_lowercase(), *v))
        .collect();
    let mut report = ImportReport::default();
    let mut kept: BTreeMap<String, (u64, Member)> = BTreeMap::new();
    for row in reader.records() {
        let row = row.map_err(|e| fail(csv_line(&e), e.to_string()))?;
        let line = row.position().map_or(0, |p| p.line());
        let field = |i: usize| row.get(i).unwrap_or("").to_string();
        let address = field(email);
        if address.is_empty() {
            report.without_email += 1;
            continue;
        }
        if !plausible_address(&address) {
            return Err(fail(
                line,
                format!("column {:?}: {address:?} is not an email address", c.email),
            ));
        }
        let raw_status = field(status);
        let member_status = match statuses.get(&raw_status.to_lowercase()) {
            Some(s) => *s,
            None => raw_status
                .parse::<MemberStatus>()
                .map_err(|e| fail(line, format!("column {:?}: {e}", c.status)))?,
        };
        let member = Member {
            name: field(name),
            canonical: canonical(&address),
            email: address,
            number: field(number),
            status: member_status,
            branch: field(branch),
        };
        match kept.get(&member.canonical) {
            Some((first, m)) => {
                let keep_new = member.status > m.status;
                let kept_status = if keep_new { member.status } else { m.status };
                report.duplicates.push(format!(
                    "line {line}: same address as line {first}; kept the {} row",
                    kept_status.as_str()
                ));
                if keep_new {
                    kept.insert(member.canonical.clone(), (*first, member));
                }
            }
            None => {
                kept.insert(member.canonical.clone(), (line, member));
            }
        }
    }
    let members: Vec<Member> = kept.into_values().map(|(_, m)| m).collect();
    report.members = members.len();
    for m in &members {
        *report.by_status.entry(m.status.as_str()).or_default() += 1;
    }
    Ok((members, report))
}

fn csv_line(e: &csv::Error) -> u64 {
    e.position().map_or(0, |p| p.line())
}

fn plausible_address(a: &str) -> bool {
    match a.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && domain.contains('.') && !a.contains(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms_of_one_address_agree() {
        for a in [
            "jo@example.org",
            "Jo@Example.ORG",
            "jo+labour@example.org",
            " <jo+x+y@example.org> ",
        ] {
            assert_eq!(canonical(a), "jo@example.org", "{a}");
        }
        assert_eq!(
            canonical("Jo.Bloggs+cl@googlemail.com"),
            "jobloggs@gmail.com"
        );
        assert_eq!(canonical("jo.bloggs@gmail.com"), "jobloggs@gmail.com");
        assert_eq!(canonical("jo.bloggs@example.org"), "jo.bloggs@example.org");
        assert_eq!(canonical("not-an-address"), "not-an-address");
    }

    const CSV: &str = "\u{feff}Name,Email,Membership number,Status,Branch\n\
        Jo Bloggs,jo@example.org,L001,Member,North Ward\n\
        Ann Officer,ann@example.org,L002,officer,South Ward\n\
        No Mail,,L003,member,North Ward\n\
        Jo Again,JO+x@example.org,L004,lapsed,North Ward\n";

    #[test]
    fn a_list_reads_with_bom_case_and_duplicates() {
        let (members, report) = read_csv(
            Path::new("m.csv"),
            CSV.as_bytes(),
            &MembersConfig::default(),
        )
        .unwrap();
        assert_eq!(members.len(), 2);
        assert_eq!(report.without_email, 1);
        assert_eq!(
            report.duplicates,
            vec!["line 5: same address as line 2; kept the member row"]
        );
        let jo = members
            .iter()
            .find(|m| m.canonical == "jo@example.org")
            .unwrap();
        assert_eq!(
            (jo.number.as_str(), jo.status),
            ("L001", MemberStatus::Member)
        );
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let bad = "Name,Email,Membership number,Status,Branch\nA,a@example.org,1,member,N\nB,b@example.org,2,treasurer,N\n";
        let e = read_csv(
            Path::new("m.csv"),
            bad.as_bytes(),
            &MembersConfig::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("cannot import members from m.csv:3: column \"Status\": unknown status \"treasurer\""), "{e}");

        let mut config = MembersConfig::default();
        config
            .statuses
            .insert("Treasurer".into(), MemberStatus::Officer);
        let (m, _) = read_csv(Path::new("m.csv"), bad.as_bytes(), &config).unwrap();
        assert_eq!(m[1].status, MemberStatus::Officer);

        let e = read_csv(
            Path::new("m.csv"),
            b"Name,Mail\n",
            &MembersConfig::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("m.csv:1: no column \"Email\""), "{e}");
        let e = read_csv(
            Path::new("m.csv"),
            b"Name,Email,Membership number,Status,Branch\nA,not mail,1,member,N\n",
            &MembersConfig::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("m.csv:2: column \"Email\""), "{e}");
    }
}
