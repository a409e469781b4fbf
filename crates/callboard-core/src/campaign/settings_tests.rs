use super::*;
use crate::campaign::window::Days;
use chrono::{Duration, NaiveTime};

fn hm(h: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, 0, 0).unwrap()
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-02T15:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn good() -> CampaignSettings {
    CampaignSettings {
        name: "Cobranza diciembre".into(),
        agent_id: "agent-1".into(),
        from_number_ids: vec!["pn-1".into()],
        window: CallingWindow {
            days: Days::WEEKDAYS,
            hours: CallingHours::new(hm(9), hm(18)).unwrap(),
        },
        outside_hours_confirmed: false,
        start_at: None,
        stop_by: Some(now() + Duration::days(3)),
        pace: Pace {
            per_minute: 5,
            max_active: 3,
        },
        retry: RetryRules::default(),
        additional_data: vec![("campaign".into(), "diciembre".into())],
        metadata: vec![],
    }
}

#[test]
fn good_settings_have_no_problems_and_survive_json() {
    let s = good();
    assert_eq!(s.problems(&CallingHours::default(), now()), vec![]);
    let back: CampaignSettings = serde_json::from_value(serde_json::to_value(&s).unwrap()).unwrap();
    assert_eq!(back, s);
}

#[test]
fn every_problem_is_reported_at_once_with_its_field() {
    let mut s = good();
    s.name = "  ".into();
    s.agent_id = String::new();
    s.from_number_ids = vec![" ".into()];
    s.window.days = Days::from(Vec::new());
    s.window.hours = CallingHours::new(hm(7), hm(22)).unwrap();
    s.start_at = Some(now() + Duration::days(5));
    s.pace = Pace {
        per_minute: 0,
        max_active: 51,
    };
    s.retry = RetryRules {
        max_attempts: 3,
        after_minutes: 1,
        ..RetryRules::default()
    };
    s.additional_data = vec![("a".into(), "1".into()), (" a ".into(), "2".into())];
    s.metadata = vec![("".into(), "x".into())];
    let fields: Vec<&str> = s
        .problems(&CallingHours::default(), now())
        .iter()
        .map(SettingsError::field)
        .collect();
    assert_eq!(
        fields,
        [
            "name",
            "agent_id",
            "from_number_ids",
            "window.days",
            "window.hours",
            "stop_by",
            "pace.per_minute",
            "pace.max_active",
            "retry.after_minutes",
            "additional_data",
            "additional_data",
        ]
    );
}

#[test]
fn hours_outside_the_calling_hours_need_a_confirmation_and_a_past_stop_is_refused() {
    let mut s = good();
    s.window.hours = CallingHours::new(hm(7), hm(12)).unwrap();
    let problems = s.problems(&CallingHours::default(), now());
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["These hours reach outside your calling hours (08:00–21:00 in each person's time). Confirm that you mean to call then."]
    );
    s.outside_hours_confirmed = true;
    assert!(s.problems(&CallingHours::default(), now()).is_empty());
    s.stop_by = Some(now() - Duration::minutes(1));
    assert_eq!(
        s.problems(&CallingHours::default(), now()),
        vec![SettingsError::StopInThePast]
    );
}

#[test]
fn settings_problems_are_told_in_spanish_with_their_limits() {
    use crate::i18n::{with_locale, Locale};
    let mut s = good();
    s.name = " ".into();
    s.retry.after_minutes = 1;
    let said: Vec<String> = with_locale(Locale::Es, || {
        s.problems(&CallingHours::default(), now())
            .iter()
            .map(ToString::to_string)
            .collect()
    });
    assert_eq!(
        said,
        [
            "Póngale un nombre a la campaña.",
            "Espere al menos 5 minutos antes de volver a llamar a alguien."
        ]
    );
}
