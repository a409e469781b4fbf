//! Thin wrapper over the generated `bindings.ts`: every screen talks to Rust through here.
// Why: the generated file returns `Result<T, AppError>` objects; screens want plain values and one
// error type to catch. Small naming differences in the generated file are fixed here only.
import {
  commands,
  events,
  type AppError,
  type CallForm,
  type CallsChanged,
  type CampaignChanged,
  type CampaignForm,
  type ListCheckRequest,
  type ListDropped,
  type NotificationClicked,
  type ListCheckProgress,
  type NewContactForm,
  type Confirmations,
  type ErrorCode,
  type CallListQuery,
  type OrgCallQuery,
  type PrefChange,
  type Preferences,
  type When,
} from "../bindings";
import { m } from "../paraglide/messages.js";

/** The shape every generated command resolves to. */
type Result<T, E> = { status: "ok"; data: T } | { status: "error"; error: E };

/** An `AppError` coming back from a command, thrown so screens can `try/catch` it. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = "ApiError";
    this.code = appError.code;
    this.field = appError.field;
  }
}

/** Turns anything thrown by a command call into an `AppError` a person can read. */
export function toAppError(e: unknown): AppError {
  if (e instanceof ApiError) return e.appError;
  if (isAppError(e)) return e;
  return {
    code: "internal",
    message: m.internal_error(),
    field: null,
  };
}

function isAppError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

async function unwrap<T>(p: Promise<Result<T, AppError>>): Promise<T> {
  let r: Result<T, AppError>;
  try {
    r = await p;
  } catch (e) {
    throw new ApiError(toAppError(e));
  }
  if (r.status === "ok") return r.data;
  throw new ApiError(toAppError(r.error));
}

/** Every command the UI uses, returning plain data or throwing `ApiError`. */
export const api = {
  getAppStatus: () => unwrap(commands.getAppStatus()),
  startSandbox: () => unwrap(commands.startSandbox()),
  connectAccount: (apiKey: string, sessionOnly: boolean) =>
    unwrap(commands.connectAccount(apiKey, sessionOnly)),
  useAccount: () => unwrap(commands.useAccount()),
  testApiKey: () => unwrap(commands.testApiKey()),
  removeApiKey: () => unwrap(commands.removeApiKey()),
  searchContacts: (query: string) => unwrap(commands.searchContacts(query)),
  addContact: (form: NewContactForm) => unwrap(commands.addContact(form)),
  listAgents: () => unwrap(commands.listAgents()),
  listPhoneNumbers: () => unwrap(commands.listPhoneNumbers()),
  listTimeZones: () => unwrap(commands.listTimeZones()),
  previewWhen: (when: When, calleeTimeZone: string | null, contactName: string | null) =>
    unwrap(commands.previewWhen(when, calleeTimeZone, contactName)),
  checkCallForm: (form: CallForm) => unwrap(commands.checkCallForm(form)),
  previewRequest: (form: CallForm) => unwrap(commands.previewRequest(form)),
  placeCall: (form: CallForm, confirm: Confirmations) => unwrap(commands.placeCall(form, confirm)),
  checkCall: (requestId: string) => unwrap(commands.checkCall(requestId)),
  listCalls: (query: CallListQuery) => unwrap(commands.listCalls(query)),
  callLogAgents: () => unwrap(commands.callLogAgents()),
  callDetails: (requestId: string) => unwrap(commands.callDetails(requestId)),
  exportCallsCsv: (query: CallListQuery) => unwrap(commands.exportCallsCsv(query)),
  listOrgCalls: (query: OrgCallQuery) => unwrap(commands.listOrgCalls(query)),
  orgCallDetails: (callId: string) => unwrap(commands.orgCallDetails(callId)),
  openExternal: (url: string) => unwrap(commands.openExternal(url)),
  showInFolder: (path: string) => unwrap(commands.showInFolder(path)),
  getPreferences: () => unwrap(commands.getPreferences()),
  updatePreferences: (changes: PrefChange[]) => unwrap(commands.updatePreferences(changes)),
  sandboxAdvanceClock: (minutes: number) => unwrap(commands.sandboxAdvanceClock(minutes)),
  campaignDefaults: () => unwrap(commands.campaignDefaults()),
  campaignOpenSample: () => unwrap(commands.campaignOpenSample()),
  campaignChooseFile: () => unwrap(commands.campaignChooseFile()),
  campaignOpenDropped: () => unwrap(commands.campaignOpenDropped()),
  campaignCheckList: (request: ListCheckRequest) => unwrap(commands.campaignCheckList(request)),
  campaignStart: (list: ListCheckRequest, form: CampaignForm) =>
    unwrap(commands.campaignStart(list, form)),
  campaignsList: () => unwrap(commands.campaignsList()),
  campaignView: (id: string) => unwrap(commands.campaignView(id)),
  campaignRows: (id: string, offset: number, limit: number) =>
    unwrap(commands.campaignRows(id, offset, limit)),
  campaignPause: (id: string) => unwrap(commands.campaignPause(id)),
  campaignResume: (id: string) => unwrap(commands.campaignResume(id)),
  campaignCancel: (id: string) => unwrap(commands.campaignCancel(id)),
  campaignExport: (id: string) => unwrap(commands.campaignExport(id)),
  doNotCallList: () => unwrap(commands.doNotCallList()),
  doNotCallAdd: (phone: string, country: string | null, reason: string) =>
    unwrap(commands.doNotCallAdd(phone, country, reason)),
  doNotCallRemove: (phone: string) => unwrap(commands.doNotCallRemove(phone)),
  doNotCallImport: () => unwrap(commands.doNotCallImport()),
  doNotCallExport: () => unwrap(commands.doNotCallExport()),
  aboutInfo: () => unwrap(commands.aboutInfo()),
  diagnostics: () => unwrap(commands.diagnostics()),
};

/** Subscribes to background status refreshes; resolves to an unsubscribe function. */
export async function onCallsChanged(cb: (payload: CallsChanged) => void): Promise<() => void> {
  try {
    return await events.callsChanged.listen((e) => cb(e.payload));
  } catch {
    // No event bridge (e.g. a bare browser): the screen still works, it just won't auto-refresh.
    return () => {};
  }
}

/**
 * `onCallsChanged` for an `$effect`: returns the unsubscribe at once (the subscription itself
 * is a promise; a cleanup that runs before it resolves still unsubscribes).
 */
export function whileCallsChange(cb: (payload: CallsChanged) => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  void onCallsChanged(cb).then((fn) => {
    if (stopped) fn();
    else stop = fn;
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

/** Subscribes to one of the shell's events for an `$effect`; returns the unsubscribe at once. */
function whileEvent<T>(
  listen: (cb: (e: { payload: T }) => void) => Promise<() => void>,
  cb: (payload: T) => void,
): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  listen((e) => cb(e.payload))
    .then((fn) => {
      if (stopped) fn();
      else stop = fn;
    })
    // No event bridge (a bare browser): the screen still works without live updates.
    .catch(() => {});
  return () => {
    stopped = true;
    stop?.();
  };
}

/** A campaign's progress or state changed. */
export const whileCampaignsChange = (cb: (payload: CampaignChanged) => void) =>
  whileEvent((h) => events.campaignChanged.listen(h), cb);

/** How far the check of a list has got. */
export const whileListsCheck = (cb: (payload: ListCheckProgress) => void) =>
  whileEvent((h) => events.listCheckProgress.listen(h), cb);

/** A spreadsheet was dropped on the window. */
export const whileListsDrop = (cb: (payload: ListDropped) => void) =>
  whileEvent((h) => events.listDropped.listen(h), cb);

/** The person clicked one of Callboard's desktop notifications. */
export const whileNotificationsClicked = (cb: (payload: NotificationClicked) => void) =>
  whileEvent((h) => events.notificationClicked.listen(h), cb);

export type * from "../bindings";
/** Limits Rust exports so the UI can show them before anything is sent (never re-stated here). */
export { MAX_DELAY_MINUTES, MAX_ROWS, ORG_CALL_FILTERS } from "../bindings";
