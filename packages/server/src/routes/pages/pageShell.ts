import { escapeHtml } from './escapeHtml.js';

export interface PageOptions {
  /** Keep search engines away (shared maps). */
  readonly noindex?: boolean;
  /** Extra CSS for this page. */
  readonly style?: string;
}

/** The HTML around every server-rendered page; `body` must already be escaped where it holds user text. */
export function pageShell(title: string, body: string, options: PageOptions = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${options.noindex === true ? '<meta name="robots" content="noindex">' : ''}<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;padding:0 1rem;color:#1b1f24}
${options.style ?? ''}</style></head>
<body>${body}</body></html>`;
}
