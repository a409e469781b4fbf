// A click on one of Callboard's desktop notifications, where the platform reports it (see
// src-tauri/src/notifications.rs): Rust has already unminimised and focused the window; this
// opens what the notification was about. A call opens in Recent calls with its details, a
// campaign's grouped endings open that campaign.
import type { NotificationClicked } from "./api";
import { app, navigate } from "./state.svelte";

export function openFromNotification(clicked: NotificationClicked): void {
  if (clicked.request_id) {
    app.openCall = clicked.request_id;
    navigate("recent");
  } else if (clicked.campaign_id) {
    app.openCampaign = clicked.campaign_id;
    navigate("campaigns");
  }
}
