/**
 * The offline comparison page (`communique-diff app`): one HTML document
 * with its styles and the browser script (`src/app/client.ts`, bundled as
 * `dist/app-client.js`) inline, and a Content-Security-Policy that lets only
 * that script run, and nothing reach the network.
 *
 * This module only assembles text; the script's hash is computed by the
 * caller (`renderApp` of `src/app/write.ts` uses node:crypto).
 *
 * @module
 */

/**
 * The page's Content-Security-Policy. Only the inline script whose SHA-256
 * hash is `scriptHash` may run (no other inline script, no event-handler
 * attribute, no `javascript:` URL); styles are inline; images only as `data:`
 * URLs; no fetch, no form submission, no `<base>`. The report is shown in an
 * `about:srcdoc` frame, which loads nothing, so no `frame-src` is needed:
 * `default-src 'none'` covers frames too. Downloads (`a[download]` with
 * `blob:` URLs) are not governed by any directive.
 *
 * @param scriptHash - The base64 SHA-256 digest of the inline script's text (without the `sha256-` prefix).
 * @returns The policy, for the `content` attribute of a `<meta http-equiv="Content-Security-Policy">`.
 */
export function appPolicy(scriptHash: string): string {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(scriptHash)) throw new RangeError('`scriptHash` must be a base64 SHA-256 digest (44 characters)');
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** The page's own styles (the report brings its own, inside its frame). */
const APP_STYLES = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6577; --line: #cfd6e0; --accent: #1f5fbf; --panel: #f6f8fb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", sans-serif; color: var(--ink); background: #fff; }
header, main { max-width: 84rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: .75rem; }
h1 { font-size: 1.35rem; margin: .25rem 0; }
header p { margin: 0 0 .5rem; color: var(--muted); }
.rounds { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: .75rem; }
.round { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .6rem .6rem; margin: 0; background: var(--panel); min-width: 0; }
.round.dragging { outline: 3px dashed var(--accent); outline-offset: -3px; }
.round legend { font-weight: 600; padding: 0 .25rem; }
.round .row { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; margin-bottom: .35rem; }
.round .row label { display: flex; gap: .35rem; align-items: center; }
.round input[type="text"] { font: inherit; padding: .15rem .35rem; border: 1px solid var(--line); border-radius: 4px; width: 12rem; }
.round textarea { display: block; width: 100%; min-height: 14rem; resize: vertical; font: 14px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono", monospace; padding: .4rem; border: 1px solid var(--line); border-radius: 4px; }
.file { position: relative; display: inline-block; cursor: pointer; }
.file input { position: absolute; inset: 0; opacity: 0; width: 100%; cursor: pointer; }
button, .file span { font: inherit; padding: .3rem .75rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; color: var(--ink); cursor: pointer; display: inline-block; }
button:hover, .file:hover span { border-color: var(--accent); }
.file input:focus-visible + span, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .75rem 0 .25rem; }
.note { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
.status { min-height: 1.5em; margin: .25rem 0; }
.status.error { color: #a3261b; font-weight: 600; }
.toolbar { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .5rem 0; border-top: 1px solid var(--line); margin-top: .5rem; }
.toolbar fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: .6rem; align-items: center; }
.toolbar legend { float: left; margin-right: .25rem; font-weight: 600; }
.toolbar label { display: inline-flex; gap: .3rem; align-items: center; }
.downloads { display: inline-flex; gap: .6rem; align-items: center; }
.downloads a { color: var(--accent); }
.report { display: block; width: 100%; height: 80vh; min-height: 30rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .92em; background: var(--panel); padding: 0 .2em; border-radius: 3px; }
@media (prefers-color-scheme: dark) {
  :root { color-scheme: dark; --ink: #e3e7ee; --muted: #a2acbb; --line: #3b4454; --accent: #7aa7ff; --panel: #1b2029; }
  body, button, .file span, .round input[type="text"], .round textarea { background: #12161d; color: var(--ink); }
  button.primary { color: #0b1020; }
}
`;

/**
 * The static part of the page: headings, the place of the rounds (the
 * script adds their panels), the buttons, the report frame. It holds no
 * input text: everything a user pastes or opens is set by the script with
 * `value` and `textContent`, and the report is shown in a sandboxed frame.
 */
const BODY = `<header>
<h1>Compare communiqué rounds</h1>
<p>communique-diff, offline: this page makes no network requests, and the texts you paste never leave this computer.</p>
</header>
<main>
<noscript><p class="status error">This page needs JavaScript to compare texts (its one script is inline; nothing is downloaded).</p></noscript>
<section aria-label="Rounds">
<div id="rounds" class="rounds"></div>
<div class="actions">
<button type="button" id="add-round" data-testid="add-round">Add a round</button>
<label class="file" title="Open one or more .txt, .docx or .html files; several fill the rounds in order of their names"><input type="file" id="open-files" data-testid="open-files" accept=".txt,.docx,.html,.htm,text/plain" multiple><span>Open files…</span></label>
<button type="button" id="compare" class="primary" data-testid="compare">Compare</button>
</div>
<p class="note">Paste each round, or drop a <code>.txt</code>, Word (<code>.docx</code>) or web page (<code>.html</code>: its main text, without menus and share boxes) file on its box (text read as UTF-8; a file that is not UTF-8 is read as UTF-16 or the Windows Arabic, Cyrillic or Western code page, as the command-line tool reads it, and the page says so); drop several on the page to fill the rounds in the order of their names. With three rounds or more the page compares the series: each round with the next, and every commitment through all rounds.</p>
<p class="note">PDFs are not read here: their importer (PDF.js) would make this page ten times larger. Compare them with the command-line tool (<code>npx communique-diff old.pdf new.pdf --format html --out report.html</code>), or copy their text and paste it.</p>
<p id="status" class="status" role="status" aria-live="polite" data-testid="status"></p>
</section>
<section id="output" aria-label="Report" hidden>
<div class="toolbar">
<fieldset><legend>View</legend>
<label><input type="radio" name="view" value="inline" data-testid="view-inline" checked> inline</label>
<label><input type="radio" name="view" value="side-by-side" data-testid="view-sbs"> side by side</label>
</fieldset>
<label><input type="checkbox" id="hide-unchanged" data-testid="hide-unchanged"> hide unchanged paragraphs</label>
<label>Report language <select id="locale" data-testid="locale"><option value="en" selected>English</option><option value="ar" lang="ar">العربية</option><option value="ru" lang="ru">Русский</option></select></label>
<span class="downloads">Download the report: <a id="download-html" data-testid="download-html">HTML</a><a id="download-md" data-testid="download-md">Markdown</a><a id="download-json" data-testid="download-json">JSON</a></span>
</div>
<iframe id="report" class="report" data-testid="report" title="Change report" sandbox="" referrerpolicy="no-referrer"></iframe>
</section>
</main>`;

/**
 * The whole offline page: an HTML document with its styles, its markup and
 * `clientSource` inline in one `<script>`, under the policy of
 * {@link appPolicy}. `scriptHash` must be the SHA-256 digest of exactly
 * `clientSource` (base64); `renderApp` (`src/app/write.ts`) computes it.
 *
 * @param clientSource - The browser script (`dist/app-client.js`, an IIFE). It must not contain `</script` or `<!--`, which would end or change the script element, nor carriage returns or NUL characters, which the HTML parser rewrites (and the hash would no longer match).
 * @param scriptHash - The base64 SHA-256 digest of `clientSource`.
 * @returns The HTML document.
 * @throws TypeError when `clientSource` is not a string.
 * @throws RangeError when `clientSource` cannot be inlined as it is, or `scriptHash` is not a base64 SHA-256 digest.
 */
export function appPage(clientSource: string, scriptHash: string): string {
  if (typeof clientSource !== 'string') throw new TypeError('`clientSource` must be a string');
  if (/<\/script|<!--/i.test(clientSource)) throw new RangeError('`clientSource` contains "</script" or "<!--" and cannot be inlined');
  if (/[\r\0]/.test(clientSource)) throw new RangeError('`clientSource` contains a carriage return or NUL character, which the HTML parser would rewrite');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${appPolicy(scriptHash)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="communique-diff">
<title>communique-diff: compare rounds offline</title>
<style>${APP_STYLES}</style>
</head>
<body>
${BODY}
<script>${clientSource}</script>
</body>
</html>
`;
}
