//! Seed data: a realistic organization with contacts in six countries, four agents speaking
//! different languages, six phone numbers and (when asked for) four weeks of calls placed elsewhere. Every id is derived from a fixed string, so the
//! same data (and ids) come back on every run and after every reset.

mod catalog;
mod contacts;
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
    fn four_agents_speak_four_languages_and_six_numbers_mix_directions() {
        let languages: HashSet<_> = agents().iter().map(|a| a.language).collect();
        assert_eq!(languages.len(), 4);
        let numbers = phone_numbers();
        assert_eq!(numbers.len(), 6);
        assert!(numbers.iter().any(|n| n.kind == "inbound"));
        assert!(numbers.iter().any(|n| n.kind == "outbound"));
    }
}
