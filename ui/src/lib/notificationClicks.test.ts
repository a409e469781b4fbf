import { describe, expect, it, beforeEach } from "vitest";
import { render, screen } from "@testing-library/svelte";
import { emit } from "@tauri-apps/api/event";
import { whileNotificationsClicked } from "./api";
import { openFromNotification } from "./notificationClicks";
import { app } from "./state.svelte";
import { installIpc } from "../test/ipc";
import { resetApp } from "../test/app-state";
import RecentScreen from "../components/recent/RecentScreen.svelte";
import * as s from "../dev/sample";

beforeEach(() => resetApp());

describe("a click on a desktop notification", () => {
  it("opens a call in Recent calls and a campaign in Campaigns, from the shell's event", async () => {
    installIpc({});
    const stop = whileNotificationsClicked(openFromNotification);
    await new Promise((r) => setTimeout(r, 0));
    await emit("notification-clicked", { request_id: "req-7", campaign_id: null });
    expect([app.route, app.openCall]).toEqual(["recent", "req-7"]);
    await emit("notification-clicked", { request_id: null, campaign_id: "camp-2" });
    expect([app.route, app.openCampaign]).toEqual(["campaigns", "camp-2"]);
    stop();
  });

  it("opens that call's details drawer, once", async () => {
    const list = s.entries(5);
    const wanted = list[3];
    installIpc({
      list_calls: s.pages(() => list),
      call_log_agents: [],
      campaigns_list: [],
      call_details: { entry: wanted, summary: null, sentiment: null, recording_url: null, transcript: [], request_json: "{}" },
    });
    app.openCall = wanted.request_id;
    render(RecentScreen);
    expect(await screen.findByTestId("details-drawer")).toBeTruthy();
    expect(app.openCall).toBeNull();
  });
});
