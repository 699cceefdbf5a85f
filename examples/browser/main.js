// communique-diff in a web page, through a bundler. Build it with:
//
//   npx esbuild examples/browser/main.js --bundle --format=esm --outfile=examples/browser/bundle.js
//
// then open examples/browser/index.html. The library is pure: no Node APIs, no network.
// For a ready-made page with no build step, see README.md: `npx communique-diff app --out app.html`.
import { diffCommuniques, renderHtml } from 'communique-diff';

const form = document.querySelector('form');
const output = document.querySelector('#report');
const summary = document.querySelector('#summary');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const diff = diffCommuniques(form.elements.old.value, form.elements.new.value);
  const changed = diff.commitments.filter((c) => c.kind !== 'unchanged');
  summary.textContent = `${diff.alignment.length} paragraph changes, ${changed.length} commitment changes: ${changed.map((c) => `${c.kind} ${(c.new ?? c.old).predicate}`).join(', ')}`;
  // The report is a whole HTML document with its own styles: show it in a sandboxed frame.
  output.srcdoc = renderHtml(diff, { oldLabel: 'old', newLabel: 'new', hideUnchanged: true });
});
