//! The language of every sentence Rust produces (errors, notices, labels), for the app and the
//! CLI alike, with Project Fluent (`fluent-bundle`).
//!
//! Why Fluent here and Paraglide in the UI: the core's sentences are built deep in Rust
//! (a list's row problems, a campaign form's field errors, the API's failures) and are shown
//! by two front ends — the webview and `callboard-cli`. Localizing them where they are made
//! keeps one wording per situation for both, with Fluent's plural and number rules, instead of
//! teaching every error type to ship parameters across IPC. The UI's own words live in
//! `ui/messages` (Paraglide); the locale is chosen once, here, and handed to the UI in
//! `AppStatus.locale`.
//!
//! Catalogues: `locales/<locale>/*.ftl`, compiled in. Tests fail when an id is missing in a
//! language, has different variables, or is not used by any crate.

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language Callboard speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    /// Neutral Latin American Spanish, addressing the person as "usted".
    Es,
    /// Brazilian Portuguese.
    PtBr,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Es, Locale::PtBr];

    /// The BCP 47 tag the UI's catalogues use.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::PtBr => "pt-BR",
        }
    }

    /// The closest language for a system or user tag (`es_MX.UTF-8`, `pt-PT`, `en-GB`, `C`):
    /// any Spanish is Spanish, any Portuguese is Brazilian Portuguese, anything else English.
    pub fn from_tag(tag: &str) -> Locale {
        let lang = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match lang.as_str() {
            "es" => Locale::Es,
            "pt" => Locale::PtBr,
            _ => Locale::En,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The files of each language, in [`Locale::ALL`] order.
pub(crate) const SOURCES: [&[(&str, &str)]; 3] = [
    &[
        ("errors.ftl", include_str!("../locales/en/errors.ftl")),
        ("calls.ftl", include_str!("../locales/en/calls.ftl")),
        ("campaigns.ftl", include_str!("../locales/en/campaigns.ftl")),
        ("store.ftl", include_str!("../locales/en/store.ftl")),
        ("cli.ftl", include_str!("../locales/en/cli.ftl")),
        ("app.ftl", include_str!("../locales/en/app.ftl")),
        ("native.ftl", include_str!("../locales/en/native.ftl")),
    ],
    &[
        ("errors.ftl", include_str!("../locales/es/errors.ftl")),
        ("calls.ftl", include_str!("../locales/es/calls.ftl")),
        ("campaigns.ftl", include_str!("../locales/es/campaigns.ftl")),
        ("store.ftl", include_str!("../locales/es/store.ftl")),
        ("cli.ftl", include_str!("../locales/es/cli.ftl")),
        ("app.ftl", include_str!("../locales/es/app.ftl")),
        ("native.ftl", include_str!("../locales/es/native.ftl")),
    ],
    &[
        ("errors.ftl", include_str!("../locales/pt-BR/errors.ftl")),
        ("calls.ftl", include_str!("../locales/pt-BR/calls.ftl")),
        (
            "campaigns.ftl",
            include_str!("../locales/pt-BR/campaigns.ftl"),
        ),
        ("store.ftl", include_str!("../locales/pt-BR/store.ftl")),
        ("cli.ftl", include_str!("../locales/pt-BR/cli.ftl")),
        ("app.ftl", include_str!("../locales/pt-BR/app.ftl")),
        ("native.ftl", include_str!("../locales/pt-BR/native.ftl")),
    ],
];

static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    Locale::ALL
        .iter()
        .map(|&l| {
            let lang: unic_langid::LanguageIdentifier = l.tag().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Unicode isolation marks around every variable would end up in CSV exports,
            // logs and terminal output; every text here is left-to-right.
            bundle.set_use_isolating(false);
            for (name, text) in SOURCES[l.index()] {
                let res =
                    FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(res, errs)| {
                        tracing::error!("{} {name}: {errs:?}", l.tag());
                        res
                    });
                if let Err(errs) = bundle.add_resource(res) {
                    tracing::error!("{} {name}: {errs:?}", l.tag());
                }
            }
            bundle
        })
        .collect()
});

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A per-thread language for tests, so one test in Spanish doesn't change another's.
    static OVERRIDE: Cell<Option<Locale>> = const { Cell::new(None) };
}

/// Sets the language for the whole process (the app's preference, the CLI's `LANG`).
pub fn set_locale(locale: Locale) {
    CURRENT.store(locale as u8, Ordering::Relaxed);
}

/// The language sentences are produced in now.
pub fn locale() -> Locale {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| match CURRENT.load(Ordering::Relaxed) {
            1 => Locale::Es,
            2 => Locale::PtBr,
            _ => Locale::En,
        })
}

/// Sets (or clears) this thread's own language: what [`set_locale`] does for the process, for
/// tests that go through code which chooses the language, without changing other tests'.
pub fn set_thread_locale(locale: Option<Locale>) {
    OVERRIDE.with(|o| o.set(locale));
}

/// Runs `f` with this thread's sentences in `locale` (for tests and one-off renders).
pub fn with_locale<R>(locale: Locale, f: impl FnOnce() -> R) -> R {
    let before = OVERRIDE.with(|o| o.replace(Some(locale)));
    let out = f();
    OVERRIDE.with(|o| o.set(before));
    out
}

/// A value for a message variable: text or a number (numbers choose plural forms).
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_owned())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(impl From<$t> for Arg { fn from(v: $t) -> Self { Arg::Number(v as f64) } })*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// The sentence `id` in the current language, with `args` filled in. Falls back to English,
/// then to the id itself (the catalogue tests make both impossible in a build that passed).
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    let render = |bundle: &FluentBundle<FluentResource>| -> Option<String> {
        let pattern = bundle.get_message(id)?.value()?;
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if !errors.is_empty() {
            tracing::warn!("message {id}: {errors:?}");
        }
        Some(text.into_owned())
    };
    render(&BUNDLES[locale().index()])
        .or_else(|| render(&BUNDLES[Locale::En.index()]))
        .unwrap_or_else(|| id.to_owned())
}

/// `t!("id")` or `t!("id", name = value, …)`: a sentence in the current language.
#[macro_export]
macro_rules! t {
    ($id:literal) => { $crate::i18n::message($id, &[]) };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
#[path = "i18n_tests.rs"]
mod tests;
