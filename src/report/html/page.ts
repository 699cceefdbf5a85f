/** The frame every HTML report shares: head with the security policy, styles, and the view switch. */
import type { ReportMessages } from '../locale/index.js';
import { MESSAGES } from '../locale/index.js';
import { escapeHtml } from './escape.js';
import { STYLES } from './styles.js';

// No scripts, no network: the policy forbids both, whatever the input holds.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/** A whole HTML document around `body` (already escaped HTML), with the shared styles and `extraStyles`, in the language and direction of the interface. */
export function htmlPage(title: string, body: string, extraStyles = '', m: ReportMessages = MESSAGES.en): string {
  return `<!doctype html>
<html lang="${m.lang}" dir="${m.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="communique-diff">
<title>${escapeHtml(title)}</title>
<style>${STYLES}${extraStyles}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Radio buttons that switch the redline between inline and side by side, without scripts (only when both are rendered). */
export function viewSwitch(view: 'inline' | 'side-by-side' | 'both', m: ReportMessages = MESSAGES.en): string {
  return view === 'both'
    ? `<input class="view-input" type="radio" name="view" id="view-inline" checked><input class="view-input" type="radio" name="view" id="view-sbs">
<div class="view-switch" aria-label="${escapeHtml(m.text.view)}">${escapeHtml(m.text.view)}: <label for="view-inline">${escapeHtml(m.text.inline)}</label><label for="view-sbs">${escapeHtml(m.text.sideBySide)}</label></div>`
    : '';
}
