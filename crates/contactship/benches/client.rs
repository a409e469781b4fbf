//! Criterion benchmarks: building + validating + serializing a call request, and parsing a
//! 10,000-contact list through the public envelope-aware decoder.

use std::hint::black_box;

use contactship::envelope::Body;
use contactship::{CallTiming, Contact, ContactCallRequest, KeyValue, Schedule};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::{json, Map, Value};

fn call_request() -> ContactCallRequest {
    let mut metadata = Map::new();
    metadata.insert(
        "callboard_request_id".into(),
        Value::from("0b8e5a7e-1111-4222-8333-944455556666"),
    );
    metadata.insert("campaign".into(), json!({"name": "spring", "batch": 3}));
    ContactCallRequest {
        contact_id: "c1d2e3f4-a5b6-7890-cdef-123456789012".into(),
        agent_id: "agent-a1b2c3d4-e5f6-7890-abcd-ef1234567890".into(),
        from_number_id: "pn-a1b2c3d4-e5f6-7890-abcd-ef1234567890".into(),
        additional_data: (0..10)
            .map(|i| KeyValue::new(format!("key_{i}"), format!("value number {i}")))
            .collect(),
        timing: CallTiming::Schedule(Schedule {
            scheduled_call_time: "2026-06-15 14:30:00".into(),
            timezone: "America/Mexico_City".into(),
        }),
        metadata,
    }
}

fn contacts_json(n: usize) -> String {
    let items: Vec<Value> = (0..n)
        .map(|i| {
            json!({
                "id": format!("c-{i:08}"),
                "created_at": "2026-01-15T10:30:00.000Z",
                "phone_number": format!("+5255{:08}", i),
                "full_name": format!("Contact Number {i}"),
                "country": "México",
                "email": format!("contact{i}@example.com"),
                "description": "Prefers calls in the afternoon",
                "additional_data": [{"type": "text", "field": "plan", "value": "gold"}],
                "organization_id": "org123456"
            })
        })
        .collect();
    serde_json::to_string(&items).unwrap_or_default()
}

fn bench(c: &mut Criterion) {
    let request = call_request();
    c.bench_function("validate + serialize a call request", |b| {
        b.iter(|| {
            let r = black_box(&request);
            r.validate().map(|()| serde_json::to_vec(r))
        })
    });

    let body = contacts_json(10_000);
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("parse a 10,000-contact list", |b| {
        b.iter(|| contactship::envelope::list::<Contact>(&Body::json(black_box(body.as_bytes()))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
