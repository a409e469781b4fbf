//! Which language the CLI speaks: `--lang` when given, else the first non-empty of
//! `LC_ALL`, `LC_MESSAGES` and `LANG` (the order POSIX gives them for messages), else
//! English. The tag is read by [`Locale::from_tag`]: any Spanish is Spanish, any Portuguese
//! is Brazilian Portuguese, `C` and everything else English.

use callboard_core::i18n::Locale;

/// The values `--lang` takes (clap lists them in `--help`).
pub const TAGS: [&str; 3] = ["en", "es", "pt-BR"];

/// The language for `flag` (`--lang`) and the environment as `var` reads it.
pub fn chosen(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Locale {
    if let Some(tag) = flag {
        return Locale::from_tag(tag);
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|v| !v.trim().is_empty())
        .map_or(Locale::En, |tag| Locale::from_tag(tag.trim()))
}
