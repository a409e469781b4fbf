//! Seed data: a realistic organization with contacts in six countries, four agents speaking
//! different languages, six phone numbers and (when asked for) four weeks of calls placed
//! elsewhere, plus the contact, agent and number the public documentation's examples name
//! ([`docs_examples`]). Every id is derived from (or is) a fixed string, so the same data
//! (and ids) come back on every run and after every reset.

mod catalog;
mod contacts;
pub(crate) mod docs_examples;
mod history;

pub(crate) use catalog::{agents, phone_numbers};
pub(crate) use contacts::contacts;
pub(crate) use history::history;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn seed_has_sixty_plus_contacts_in_six_countries() {
        let contacts = contacts();
        assert!(contacts.len() >= 60);
        let countries: HashSet<_> = contacts.iter().filter_map(|c| c.country.clone()).collect();
        for country in [
            "México",
            "Colombia",
            "Argentina",
            "España",
            "United States",
            "Brasil",
        ] {
            assert!(countries.contains(country), "missing {country}");
        }
    }

    #[test]
    fn seed_phone_numbers_and_emails_are_unique() {
        let contacts = contacts();
        let phones: HashSet<_> = contacts.iter().map(|c| c.phone_number.clone()).collect();
        assert_eq!(phones.len(), contacts.len());
        let ids: HashSet<_> = contacts.iter().map(|c| c.id.clone()).collect();
        assert_eq!(ids.len(), contacts.len());
        let emails: Vec<_> = contacts.iter().filter_map(|c| c.email.clone()).collect();
        let unique: HashSet<_> = emails.iter().collect();
        assert_eq!(unique.len(), emails.len());
        assert!(emails.iter().all(|e| e.is_ascii() && e.contains('@')));
    }

    #[test]
    fn seed_is_identical_on_every_build() {
        assert_eq!(contacts(), contacts());
        assert_eq!(agents(), agents());
        assert_eq!(phone_numbers(), phone_numbers());
    }

    #[test]
    fn the_docs_examples_ids_are_seeded_verbatim_after_everything_generated() {
        let store = crate::state::Store::seeded(Some(chrono::Utc::now()));
        let contact = store.contacts.last().map(|c| c.id.as_str());
        let agent = store.agents.last().map(|a| a.id.as_str());
        let number = store.phone_numbers.last();
        assert_eq!(contact, Some("c1d2e3f4-a5b6-7890-cdef-123456789012"));
        assert_eq!(agent, Some("agent-a1b2c3d4-e5f6-7890-abcd-ef1234567890"));
        assert_eq!(
            number.map(|n| (n.id.as_str(), n.phone_number.as_str(), n.kind)),
            Some((
                "pn-a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                "+12025551234",
                "outbound"
            ))
        );
        // The oldest number, so the newest-first listing still starts where it did.
        let oldest = store.phone_numbers.iter().map(|n| &n.created_at).min();
        assert_eq!(oldest, number.map(|n| &n.created_at));
        // Everything generated is unchanged, the history included.
        assert_eq!(store.contacts[..store.contacts.len() - 1], contacts()[..]);
        assert_eq!(store.agents[..store.agents.len() - 1], agents()[..]);
        let ids = [docs_examples::CONTACT_ID, docs_examples::AGENT_ID];
        assert!(store
            .calls
            .iter()
            .all(|c| !ids.contains(&c.agent_id.as_str())
                && c.contact.id.as_deref() != Some(docs_examples::CONTACT_ID)
                && c.from_number != docs_examples::PHONE_NUMBER));
        // Still one contact per phone number and e-mail.
        let phones: HashSet<_> = store.contacts.iter().map(|c| &c.phone_number).collect();
        assert_eq!(phones.len(), store.contacts.len());
        let emails: Vec<_> = store
            .contacts
            .iter()
            .filter_map(|c| c.email.as_ref())
            .collect();
        assert_eq!(emails.iter().collect::<HashSet<_>>().len(), emails.len());
    }

    #[test]
    fn four_agents_speak_four_languages_and_six_numbers_mix_directions() {
        let languages: HashSet<_> = agents().iter().map(|a| a.language).collect();
        assert_eq!(languages.len(), 4);
        let numbers = phone_numbers();
        assert_eq!(numbers.len(), 6);
        assert!(numbers.iter().any(|n| n.kind == "inbound"));
        assert!(numbers.iter().any(|n| n.kind == "outbound"));
    }
}
