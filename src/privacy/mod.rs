//! Retention, subject-access export and forgetting a person: what the store keeps about
//! people, for how long, and how it is handed over or erased. The mailbox is never touched.
