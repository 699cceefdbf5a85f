/** The report's stylesheet, inlined so the file is self-contained. */
export const STYLES = `
:root { color-scheme: light; --ins: #dafbe1; --ins-line: #1a7f37; --del: #ffebe9; --del-line: #cf222e; --muted: #57606a; --border: #d0d7de; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: #1f2328; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { border-bottom: 1px solid var(--border); padding-bottom: .25rem; margin-top: 2rem; } h3 { font-size: 1rem; margin: 0 0 .5rem; }
.meta { color: var(--muted); margin: 0; }
table.counts { border-collapse: collapse; margin: .5rem 2rem 1rem 0; display: inline-table; vertical-align: top; } .counts th, .counts td { border: 1px solid var(--border); padding: .2rem .6rem; text-align: start; } .counts td { text-align: end; }
ins { background: var(--ins); text-decoration: underline; text-decoration-color: var(--ins-line); text-decoration-thickness: 2px; text-underline-offset: .2em; text-decoration-skip-ink: auto; }
del { background: var(--del); text-decoration: line-through; text-decoration-color: var(--del-line); }
/* A deleted and an inserted run side by side stand apart ("20" → "21" is not "2021"): a gap of margin, which copying does not pick up. */
.apart { margin-inline-start: .3em; }
ins, del { padding: 0 .08em; border-radius: 2px; }
/* Arabic script: the underline clears the dots below the letters, and the strike-through is thin and translucent so the letters it crosses stay legible. */
[dir="rtl"] ins, ins:dir(rtl) { text-underline-offset: .55em; text-decoration-thickness: 1.5px; }
[dir="rtl"] del, del:dir(rtl) { text-decoration-thickness: 1px; text-decoration-color: rgba(207, 34, 46, .6); }
mark.ch { background: none; color: inherit; font-weight: 700; box-shadow: inset 0 -.15em 0 currentColor; }
del mark.ch { color: var(--del-line); } ins mark.ch { color: var(--ins-line); }
.headline { font-size: 1.1rem; margin: .5rem 0 0; }
.delta { color: var(--muted); }
ul.cosmetic-list { columns: 2 18rem; padding-inline-start: 1.25rem; } .times { color: var(--muted); font-size: .85em; }
ins::before, del::before { clip-path: inset(100%); height: 1px; overflow: hidden; position: absolute; white-space: nowrap; width: 1px; }
ins::before { content: " [+ "; } del::before { content: " [− "; }
.cosmetic { border-bottom: 1px dotted var(--muted); unicode-bidi: isolate; }
/* The old form after the word, by CSS: shown, not copied with the text. */
.cosmetic[data-was]::after { content: " ‹" attr(data-was) "›"; color: var(--muted); font-size: .75em; }
.layout { color: var(--muted); opacity: .75; font-size: .85em; } .layout-kind { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; } ul.layout-lines { list-style: none; padding-inline-start: 1rem; }
.bidi-control { font-size: .75em; color: var(--del-line); border: 1px solid var(--del-line); border-radius: 3px; padding: 0 .15em; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; border-radius: 1rem; padding: 0 .6rem; border: 1px solid currentColor; }
.k-added, .k-strengthened { color: #1a7f37; } .k-dropped, .k-softened { color: #cf222e; } .k-moved, .k-split, .k-merged, .k-reworded { color: #8250df; } .k-modified { color: #9a6700; } .k-cosmetic, .k-unchanged { color: var(--muted); }
ol.commitments > li { margin-bottom: 1rem; }
.quote { margin: .25rem 0; padding: .25rem .75rem; border-inline-start: 3px solid var(--border); }
.quote.old { border-color: var(--del-line); } .quote.new { border-color: var(--ins-line); }
ul.reasons { margin: .25rem 0; color: #24292f; font-size: .95rem; }
.slots { color: #57606a; font-size: .9rem; }
article.change { border: 1px solid var(--border); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; break-inside: avoid; }
article.change header { margin-bottom: .5rem; color: var(--muted); font-size: .9rem; }
.sbs { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.sbs > div { min-width: 0; }
.sbs .side-label { display: block; font-size: .8rem; color: var(--muted); font-weight: 600; }
.view-switch { margin: 1rem 0; } .view-switch label { margin-inline-end: 1rem; }
#view-inline:checked ~ main .sbs, #view-sbs:checked ~ main .inline { display: none; }
.view-input { position: absolute; opacity: 0; }
#view-inline:focus-visible ~ .view-switch label[for="view-inline"], #view-sbs:focus-visible ~ .view-switch label[for="view-sbs"] { outline: 2px solid #0969da; }
#view-inline:checked ~ .view-switch label[for="view-inline"], #view-sbs:checked ~ .view-switch label[for="view-sbs"] { font-weight: 700; text-decoration: underline; }
a { color: #0969da; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .view-switch { display: none; }
  a { color: inherit; text-decoration: none; }
  article.change { border-color: #999; }
  ins { background: none; } del { background: none; }
}
`;
