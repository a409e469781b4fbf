//! Opening a link (a call recording) in the browser: when no browser opens, the sentence Rust
//! gave, and the link itself to copy when that is the reason.
import { api, toAppError } from "./api";

export class ExternalLink {
  error = $state("");
  /** Set when no browser could be opened: the link to offer as "Copy link". */
  toCopy = $state("");

  async open(url: string): Promise<void> {
    this.clear();
    try {
      await api.openExternal(url);
    } catch (e) {
      const err = toAppError(e);
      this.error = err.message;
      if (err.code === "browser_unavailable") this.toCopy = url;
    }
  }

  clear(): void {
    this.error = "";
    this.toCopy = "";
  }
}
