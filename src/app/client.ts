/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The browser script of the offline page (`communique-diff app`), bundled by
 * tsup as an IIFE into `dist/app-client.js` and inlined by `renderApp`
 * (`src/app/write.ts`).
 *
 * Pasted and opened text is data: it goes into textareas and inputs by
 * `value`, into the page's own messages by `textContent`, and into the
 * library, whose HTML report escapes every piece of it; the report is shown
 * in a frame sandboxed without `allow-scripts`, from `srcdoc`. No element is
 * ever built from a string of markup here.
 *
 * @module
 */
import { diffCommuniques, diffSeries, REPORT_FORMATS, REPORT_LOCALES } from '../index.js';
import type { CommuniqueDiff, ReportLocale, ReportOptions, Series, SeriesReportOptions, SeriesRound } from '../index.js';
import { decodeText, NotTextError } from '../import/decode.js';
// Word files and web pages are read as the command-line tool reads them (fflate and htmlparser2 add
// about 70 KB to the page); PDFs are not: PDF.js would add about 1.6 MB.
import { fromDocx } from '../import/docx.js';
import { fromHtml } from '../import/html.js';
import { DocumentError } from '../import/types.js';

/** One round's panel: its label and its text. */
interface Round {
  panel: HTMLFieldSetElement;
  legend: HTMLLegendElement;
  label: HTMLInputElement;
  text: HTMLTextAreaElement;
  file: HTMLInputElement;
  remove: HTMLButtonElement | undefined;
  /** The label the page gave the round; replaced by a file's name when still unchanged. */
  defaultLabel: string;
}

/** The last comparison, re-rendered when the view or the hide toggle changes. */
type Result = { kind: 'pair'; diff: CommuniqueDiff; oldLabel: string | undefined; newLabel: string | undefined } | { kind: 'series'; series: Series };

type View = 'inline' | 'side-by-side';

const $ = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`communique-diff app: ${selector} is missing from the page`);
  return found;
};

/** An element with attributes and children; strings become text nodes, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const roundsBox = $<HTMLDivElement>('#rounds');
const status = $<HTMLParagraphElement>('#status');
const compareButton = $<HTMLButtonElement>('#compare');
const output = $<HTMLElement>('#output');
const frame = $<HTMLIFrameElement>('#report');
const hideUnchanged = $<HTMLInputElement>('#hide-unchanged');
const localeSelect = $<HTMLSelectElement>('#locale');
/** The report's interface language chosen in the page. */
const locale = (): ReportLocale => (REPORT_LOCALES as readonly string[]).includes(localeSelect.value) ? (localeSelect.value as ReportLocale) : 'en';
const downloads = { html: $<HTMLAnchorElement>('#download-html'), md: $<HTMLAnchorElement>('#download-md'), json: $<HTMLAnchorElement>('#download-json') };
const MIME = { html: 'text/html;charset=utf-8', md: 'text/markdown;charset=utf-8', json: 'application/json;charset=utf-8' } as const;

const rounds: Round[] = [];
let result: Result | undefined;
let stale = false;

function setStatus(message: string, error = false): void {
  status.textContent = message;
  status.classList.toggle('error', error);
}

/** The test id and default label of the round at `index`: "old" and "new", then "round-3" … */
const roundId = (index: number): string => (index === 0 ? 'old' : index === 1 ? 'new' : `round-${index + 1}`);
const roundName = (index: number): string => (index === 0 ? 'Old round' : index === 1 ? 'New round' : `Round ${index + 1}`);

/** Name the panels after their places (after a round is removed). */
function renumber(): void {
  rounds.forEach((round, index) => {
    const id = roundId(index);
    round.legend.textContent = roundName(index);
    round.text.dataset.testid = id;
    round.label.dataset.testid = `${id}-label`;
    round.file.dataset.testid = `${id}-file`;
    round.text.setAttribute('aria-label', `Text of the ${roundName(index).toLowerCase()}`);
    round.label.placeholder = index < 2 ? roundId(index) : `Round ${index + 1}, or the round the text names`;
    if (round.remove) round.remove.dataset.testid = `${id}-remove`;
  });
}

function addRound(): Round {
  const index = rounds.length;
  const defaultLabel = index < 2 ? roundId(index) : '';
  const legend = el('legend');
  const label = el('input', { type: 'text', dir: 'auto', autocomplete: 'off', spellcheck: 'false' });
  label.value = defaultLabel;
  const file = el('input', { type: 'file', accept: '.txt,.docx,.html,.htm,text/plain' });
  const text = el('textarea', { dir: 'auto', spellcheck: 'false', placeholder: 'Paste the text of the round here, or drop a .txt file' });
  const row = el('div', { class: 'row' }, el('label', {}, 'Label', label), el('label', { class: 'file' }, file, el('span', {}, 'Open a file…')));
  const remove = index >= 2 ? el('button', { type: 'button' }, 'Remove') : undefined;
  if (remove) row.append(remove);
  const panel = el('fieldset', { class: 'round' }, legend, row, text);
  const round: Round = { panel, legend, label, text, file, remove, defaultLabel };
  rounds.push(round);
  roundsBox.append(panel);

  file.addEventListener('change', () => {
    const files = [...(file.files ?? [])];
    file.value = '';
    void openFiles(files, rounds.indexOf(round));
  });
  remove?.addEventListener('click', () => {
    rounds.splice(rounds.indexOf(round), 1);
    panel.remove();
    renumber();
    markStale();
  });
  for (const input of [label, text]) input.addEventListener('input', markStale);
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) compare();
  });
  panel.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    panel.classList.add('dragging');
  });
  panel.addEventListener('dragleave', () => panel.classList.remove('dragging'));
  panel.addEventListener('drop', (event) => {
    panel.classList.remove('dragging');
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    void openFiles([...(event.dataTransfer?.files ?? [])], rounds.indexOf(round));
  });
  renumber();
  return round;
}

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

function markStale(): void {
  if (!result || stale) return;
  stale = true;
  setStatus('The texts changed since this report: press Compare to update it.');
}

/** What the page says of a file it does not read. */
function notRead(file: File): string {
  const kind = /\.doc$/i.test(file.name) ? 'an old Word file (.doc)' : /\.pdf$/i.test(file.name) ? 'a PDF' : undefined;
  return kind
    ? `${file.name} is ${kind}: this page reads .txt, .docx and .html files (the PDF importer is in the command-line tool), so convert it there or paste its text.`
    : `${file.name} is not a .txt, .docx or .html file.`;
}

/** A file's text: a Word file's paragraphs, a web page's main text, or a text file decoded; with notes on how it was read. */
async function readFile(file: File): Promise<{ text: string; notes: string[] }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.docx$/i.test(file.name)) {
    const doc = fromDocx(bytes);
    return { text: doc.text, notes: doc.warnings.map((w) => `${file.name}: ${w}.`) };
  }
  if (/\.x?html?$/i.test(file.name)) {
    const page = fromHtml(bytes);
    return { text: page.text, notes: page.warnings.map((w) => `${file.name}: ${w}.`) };
  }
  // The same reading as the command-line tool: UTF-8 (with or without a
  // byte-order mark) when the bytes are UTF-8, else UTF-16 or the
  // Arabic, Cyrillic or Western Windows code page they read best in.
  const decoded = decodeText(bytes);
  return { text: decoded.text, notes: decoded.encoding !== 'utf-8' ? [`${file.name} was read as ${decoded.encoding}${decoded.by === 'guessed' ? ' (guessed: it is not UTF-8)' : ''}.`] : [] };
}

/** Read .txt files into the rounds from `start` on (several in the order of their names), adding rounds as needed. */
async function openFiles(files: File[], start: number): Promise<void> {
  const notes: string[] = [];
  const texts = files.filter((f) => {
    const ok = /\.(?:txt|docx|x?html?)$/i.test(f.name) || (f.type === 'text/plain' && !/\.(?:doc|pdf)$/i.test(f.name));
    if (!ok) notes.push(notRead(f));
    return ok;
  });
  texts.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  let index = start;
  for (const file of texts) {
    try {
      const read = await readFile(file);
      const round = rounds[index] ?? addRound();
      round.text.value = read.text;
      if (round.label.value === round.defaultLabel) round.label.value = file.name.replace(/\.(?:txt|docx|x?html?)$/i, '');
      notes.push(...read.notes);
      index++;
    } catch (error) {
      notes.push(error instanceof NotTextError || error instanceof DocumentError ? `${file.name} ${error.message}.` : `${file.name} could not be read: ${(error as Error).message}`);
    }
  }
  markStale();
  if (notes.length > 0) setStatus(notes.join(' '), index === start);
  else if (texts.length > 0) setStatus(`Opened ${texts.map((f) => f.name).join(', ')}.`);
}

const view = (): View => (document.querySelector<HTMLInputElement>('input[name="view"]:checked')?.value === 'side-by-side' ? 'side-by-side' : 'inline');

/** A file name part from a label: no path separators or characters that file systems refuse. */
const fileName = (label: string): string =>
  label
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60) || 'round';

let objectUrls: string[] = [];

/** Render the last result with the current view and hide toggle: the frame and the three downloads. */
function render(): void {
  if (!result) return;
  let reports: Record<'html' | 'md' | 'json', string>;
  let base: string;
  if (result.kind === 'pair') {
    const options: ReportOptions = { hideUnchanged: hideUnchanged.checked, locale: locale() };
    if (result.oldLabel !== undefined) options.oldLabel = result.oldLabel;
    if (result.newLabel !== undefined) options.newLabel = result.newLabel;
    reports = {
      html: REPORT_FORMATS.html.pair(result.diff, { ...options, view: view() }),
      md: REPORT_FORMATS.md.pair(result.diff, options),
      json: REPORT_FORMATS.json.pair(result.diff),
    };
    base = `${fileName(result.oldLabel ?? 'old')}--${fileName(result.newLabel ?? 'new')}`;
  } else {
    const options: SeriesReportOptions = { hideUnchanged: hideUnchanged.checked, hideSteady: hideUnchanged.checked, locale: locale() };
    reports = {
      html: REPORT_FORMATS.html.series(result.series, { ...options, view: view() }),
      md: REPORT_FORMATS.md.series(result.series, options),
      json: REPORT_FORMATS.json.series(result.series),
    };
    const { labels } = result.series;
    base = `series--${fileName(labels[0] ?? 'first')}--${fileName(labels[labels.length - 1] ?? 'last')}`;
  }
  // The frame has no allow-scripts (nor anything else): the report, which
  // has no script, cannot start one, and neither can anything in its text.
  frame.srcdoc = reports.html;
  for (const url of objectUrls) URL.revokeObjectURL(url);
  objectUrls = [];
  for (const format of ['html', 'md', 'json'] as const) {
    const url = URL.createObjectURL(new Blob([reports[format]], { type: MIME[format] }));
    objectUrls.push(url);
    downloads[format].href = url;
    downloads[format].download = `${base}.${REPORT_FORMATS[format].extension}`;
  }
  output.hidden = false;
}

/** What the status line says of a comparison. */
function summary(current: Result): string {
  if (current.kind === 'pair') {
    const { diff } = current;
    const changed = diff.alignment.filter((c) => c.kind !== 'unchanged').length;
    const commitments = diff.commitments.filter((c) => c.kind !== 'unchanged').length;
    return `${diff.old.paragraphs.length} → ${diff.new.paragraphs.length} paragraphs; ${changed} paragraph changes, ${commitments} commitment changes.`;
  }
  const { series } = current;
  const changed = series.commitments.filter((h) => h.events.length > 0).length;
  return `${series.labels.length} rounds, ${series.pairs.length} comparisons; ${changed} of ${series.commitments.length} commitments changed along the series.`;
}

function compare(): void {
  const empty = rounds.findIndex((r) => r.text.value.trim() === '');
  if (empty >= 0) {
    setStatus(`The ${roundName(empty).toLowerCase()} is empty: paste its text or open a .txt file.`, true);
    rounds[empty]?.text.focus();
    return;
  }
  setStatus('Comparing…');
  compareButton.disabled = true;
  // Let the status show before the work, which runs on this thread.
  setTimeout(() => {
    try {
      if (rounds.length === 2) {
        const [a, b] = rounds as [Round, Round];
        // A side left with its default name is named by the report, in the report's language.
        const name = (r: Round): string | undefined => {
          const label = r.label.value.trim();
          return label === '' || label === r.defaultLabel ? undefined : label;
        };
        result = { kind: 'pair', diff: diffCommuniques(a.text.value, b.text.value), oldLabel: name(a), newLabel: name(b) };
      } else {
        const input: SeriesRound[] = rounds.map((r) => {
          const label = r.label.value.trim();
          return label ? { label, text: r.text.value } : r.text.value;
        });
        result = { kind: 'series', series: diffSeries(input) };
      }
      stale = false;
      render();
      setStatus(summary(result));
    } catch (error) {
      setStatus(`Could not compare: ${(error as Error).message}`, true);
    } finally {
      compareButton.disabled = false;
    }
  }, 0);
}

addRound();
addRound();
$<HTMLButtonElement>('#add-round').addEventListener('click', () => {
  addRound().text.focus();
  markStale();
});
compareButton.addEventListener('click', compare);
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="view"]')) radio.addEventListener('change', render);
hideUnchanged.addEventListener('change', render);
localeSelect.addEventListener('change', render);
const pageFiles = $<HTMLInputElement>('#open-files');
pageFiles.addEventListener('change', () => {
  const files = [...(pageFiles.files ?? [])];
  pageFiles.value = '';
  void openFiles(files, 0);
});
// A file dropped beside the boxes fills the rounds from the first; the
// browser must not open it instead (and leave the page with the texts).
document.addEventListener('dragover', (event) => {
  if (hasFiles(event)) event.preventDefault();
});
document.addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  void openFiles([...(event.dataTransfer?.files ?? [])], 0);
});
