//! Handing one due row over: its contact, then the attempt recorded with the row turning
//! `placing` (one transaction), then the POST, then its answer recorded with the row's next
//! state (another). A 429 here slows the whole tick down.

use super::{request, Runner, RunnerError, Tick};
use crate::campaign::run::{Change, Handover};
use crate::placement::PlacementResult;
use crate::store::{RowState, StoreError};
use std::sync::Arc;

impl Runner {
    /// Hands one due row over: its contact, then the attempt recorded, then the POST.
    pub(super) async fn hand_over(
        &mut self,
        row: u32,
        tick: &mut Tick,
    ) -> Result<Slowed, RunnerError> {
        let now = self.now();
        let stored =
            self.store()
                .campaign_row(self.campaign, row)?
                .ok_or(StoreError::NoSuchCampaign {
                    name: self.campaign.to_string(),
                })?;
        let contact = match request::contact_for(self.placer.client(), &stored).await {
            Ok(id) => id,
            Err(request::NoContact::KeyRefused) => {
                // Nothing was sent: the row waits for the resume, as after a refused POST.
                let change = self.run.handed_over(row, Handover::NotSent, now);
                self.save(&[change])?;
                tick.changed.push(row);
                return Err(self.unauthorized());
            }
            Err(request::NoContact::Answer(answer)) => {
                let slowed = Slowed::by(&answer);
                let change = self.run.handed_over(row, answer, now);
                self.save(&[change])?;
                tick.changed.push(row);
                return Ok(slowed);
            }
        };
        if stored.callee.contact_id.as_deref() != Some(contact.as_str()) {
            self.store().set_row_contact(self.campaign, row, &contact)?;
        }
        self.point("contact ready")?;
        let from = request::from_number_for(&self.numbers, stored.callee.country).cloned();
        let from_id = from.as_ref().map_or_else(
            || self.settings.from_number_ids[0].clone(),
            |n| n.id.clone(),
        );
        let body = request::request_for(
            &self.settings,
            &self.campaign.to_string(),
            &stored,
            contact,
            from_id,
        );
        let labels = request::labels_for(&stored, &self.agent_name, from.as_ref());
        let prepared = match self
            .placer
            .prepare(body, labels, Some(self.campaign.to_string()))
        {
            Ok(p) => p,
            Err(refused) => {
                let reason = refused_reason(&refused);
                let change = self.run.handed_over(row, Handover::Refused { reason }, now);
                self.save(&[change])?;
                tick.changed.push(row);
                return Ok(Slowed::No);
            }
        };
        let placing = Change {
            row,
            state: RowState::Placing,
            attempts: self.run.row(row).map_or(1, |p| p.attempts),
            next_at: None,
        };
        let update = self.update(&placing, Some(prepared.request_id));
        let store = Arc::clone(self.store());
        let campaign = self.campaign;
        let sending = prepared.sending.clone();
        let recorded = tokio::task::spawn_blocking(move || {
            store.record_campaign(campaign, &[sending], &[update])
        })
        .await
        .unwrap_or_else(|e| {
            Err(StoreError::Write {
                source: Box::new(e),
            })
        });
        if let Err(e) = recorded {
            // Nothing was sent: the row waits again and the run stops until the store works.
            tracing::error!(error = %e, "could not record a campaign attempt; not sending");
            self.run.handed_over(row, Handover::NotSent, now);
            return Err(e.into());
        }
        self.attempts.insert(row, prepared.request_id);
        self.point("attempt recorded")?;
        let (placement, outcome) = self.placer.send(&prepared).await;
        self.point("answer received")?;
        let answer = handover_of(&placement);
        let slowed = Slowed::by(&answer);
        let unauthorized = placement.code() == "unauthorized";
        let change = self.run.handed_over(row, answer, self.now());
        let update = self.update(&change, Some(prepared.request_id));
        self.store()
            .record_campaign(self.campaign, &[outcome], &[update])?;
        tick.changed.push(row);
        if change.state == RowState::Active {
            tick.handed_over += 1;
        }
        if change.state == RowState::Unknown {
            tick.unknown.push(prepared.request_id);
        }
        if unauthorized {
            return Err(self.unauthorized());
        }
        self.point("answer recorded")?;
        Ok(slowed)
    }
}

/// Whether the server asked to slow down while a row was handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slowed {
    No,
    Down,
}

impl Slowed {
    fn by(answer: &Handover) -> Self {
        match answer {
            Handover::RateLimited { .. } => Self::Down,
            _ => Self::No,
        }
    }
}

/// The POST's result as the run counts it.
fn handover_of(placement: &PlacementResult) -> Handover {
    match placement {
        PlacementResult::Placed { .. } => Handover::Placed,
        PlacementResult::Rejected {
            code, retry_after, ..
        } if code == "rate_limited" => Handover::rate_limited(*retry_after),
        // Nothing was created: the key is wrong, so the row waits for the resume.
        PlacementResult::Rejected { code, .. } if code == "unauthorized" => Handover::NotSent,
        PlacementResult::Rejected { .. } => Handover::Refused {
            reason: refused_reason(placement),
        },
        PlacementResult::NotSent { .. } => Handover::NotSent,
        PlacementResult::OutcomeUnknown { .. } => Handover::Unknown,
    }
}

fn refused_reason(placement: &PlacementResult) -> String {
    match placement {
        PlacementResult::Rejected { message, .. } => {
            crate::t!("campaign-skip-refused", message = message)
        }
        PlacementResult::NotSent { message, .. } => {
            crate::t!("campaign-skip-not-sent", message = message)
        }
        _ => String::new(),
    }
}
