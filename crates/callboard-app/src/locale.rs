//! Which language Callboard speaks: the saved choice, or the computer's language.

use crate::ipc::Language;
use callboard_core::i18n::{self, Locale};
use std::sync::OnceLock;

/// `callboard --lang es`: the language to use as if the computer were set to it (a saved
/// choice still wins). For trying the app in another language, and for the tests.
static SYSTEM_OVERRIDE: OnceLock<String> = OnceLock::new();

/// Reads `--lang <tag>` or `--lang=<tag>` from the command line, once at start-up.
pub fn read_args(args: impl IntoIterator<Item = String>) {
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        let tag = match a.strip_prefix("--lang=") {
            Some(t) => Some(t.to_owned()),
            None if a == "--lang" => args.next(),
            None => None,
        };
        if let Some(tag) = tag.filter(|t| !t.trim().is_empty()) {
            let _ = SYSTEM_OVERRIDE.set(tag);
            return;
        }
    }
}

/// The language for a saved choice; `System` asks the OS (`sys-locale`: the user's UI
/// language on Windows and macOS, `LC_ALL`/`LC_MESSAGES`/`LANG` on Linux).
pub fn resolve(choice: Language, system: Option<&str>) -> Locale {
    match choice {
        Language::En => Locale::En,
        Language::Es => Locale::Es,
        Language::PtBr => Locale::PtBr,
        Language::System => system.map(Locale::from_tag).unwrap_or_default(),
    }
}

/// Makes `choice` the language of every sentence Rust produces from now on.
pub fn apply(choice: Language) {
    let system = SYSTEM_OVERRIDE
        .get()
        .cloned()
        .or_else(sys_locale::get_locale);
    let locale = resolve(choice, system.as_deref());
    tracing::info!(system = ?system, ?choice, locale = locale.tag(), "language");
    if cfg!(test) {
        // Flow tests run in parallel in one process: one test's choice stays on its thread.
        i18n::set_thread_locale(Some(locale));
    } else {
        i18n::set_locale(locale);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_choice_wins_over_the_system() {
        assert_eq!(resolve(Language::PtBr, Some("es-MX")), Locale::PtBr);
        assert_eq!(resolve(Language::En, Some("es-MX")), Locale::En);
    }

    #[test]
    fn system_follows_the_computer_and_falls_back_to_english() {
        assert_eq!(resolve(Language::System, Some("es-CO")), Locale::Es);
        assert_eq!(resolve(Language::System, Some("pt-BR")), Locale::PtBr);
        assert_eq!(resolve(Language::System, Some("de-DE")), Locale::En);
        assert_eq!(resolve(Language::System, None), Locale::En);
    }
}
