/**
 * fromHtml: the main text of a saved web page — a news story, a ministry's
 * page — as paragraphs. Learnt from Firefox's Reader View (Readability): the
 * page's furniture (scripts, navigation, asides, footers, share and "read
 * also" boxes, bylines, captions) is left out and listed, and the main text
 * is the element whose paragraphs hold the most text.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { HTML_MAIN_MIN, HTML_PARENT_SHARE } from '../params.js';
import { DocumentError, type ImportedText, type RemovedPart } from './types.js';
import { decodeText, TEXT_ENCODINGS, type TextEncodingName } from './decode.js';
import { expectImportOptions } from './options.js';

// Elements whose content is never text: left out, and listed under these names.
const NEVER_TEXT: Readonly<Record<string, string>> = {
  script: 'script', style: 'style', noscript: 'script', template: 'script', svg: 'image', canvas: 'image', iframe: 'embed', object: 'embed', embed: 'embed',
  video: 'media', audio: 'media', form: 'form', button: 'form', select: 'form', input: 'form', textarea: 'form', nav: 'navigation', aside: 'aside',
  footer: 'footer', header: 'header', figure: 'figure', figcaption: 'caption', menu: 'navigation', dialog: 'dialog',
};
// ARIA roles of page furniture.
const ROLES: Readonly<Record<string, string>> = { navigation: 'navigation', banner: 'header', contentinfo: 'footer', complementary: 'aside', search: 'form', dialog: 'dialog', alert: 'alert' };
// Class and id words of page furniture on news and ministry sites (after Readability's
// "unlikely candidates"): share rows, related stories, comments, bylines, tags, ads.
const FURNITURE = /(?:^|[\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|related|read-?also|more-?stories|recommended|comments?|byline|author|dateline|timestamp|meta|tags?|keywords|sidebar|widget|advert|ads?|banner|promo|sponsor|newsletter|subscribe|cookie|popup|modal|footer|header|masthead|caption|credit|print|toolbar|pagination|pager)(?:$|[\s_-])/i;
// Class and id words of the element that holds a story (Readability's "maybe candidates").
const STORY = /(?:^|\s)(?:(?:article|content|main|story|statement|body|text)(?:[-_](?:body|content|text|main))?|(?:entry|post|page|news|story|article)[-_](?:content|body|text))(?=\s|$)/i;
// Layout words of a class that may name the story's own container.
const SPARED = new Set(['sidebar', 'widget', 'banner', 'header', 'footer', 'masthead', 'meta', 'nav', 'navbar', 'menu', 'toolbar', 'popup', 'modal']);
// Inline elements: never furniture by their class alone.
const INLINE = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'u', 'sup', 'sub', 'small', 'mark', 'abbr', 'cite', 'q', 'time', 'font', 'bdi', 'bdo', 'code', 'var', 'del', 'ins', 's']);
// Elements that make blocks of text.
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'td', 'th', 'tr', 'dd', 'dt', 'dl', 'ul', 'ol', 'table', 'tbody', 'thead', 'address', 'center', 'body', 'html', 'hr']);

/** Options of {@link fromHtml}. */
export interface HtmlOptions {
  /** The page's encoding, for bytes; left out, read from its `<meta charset>` or detected (see `decodeText`). */
  encoding?: TextEncodingName;
  /** Keep the whole page's text instead of its main text (furniture is still left out). @default false */
  whole?: boolean;
}

const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

function textOf(n: ChildNode): string {
  if (n.type === 'text') return n.data;
  if (isElement(n)) return n.children.map(textOf).join('');
  return '';
}

/** Why an element is furniture, or undefined. */
function furniture(el: Element): string | undefined {
  const name = el.name.toLowerCase();
  if (NEVER_TEXT[name]) return NEVER_TEXT[name];
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? '')) return 'hidden';
  const role = (a.role ?? '').toLowerCase();
  if (ROLES[role]) return ROLES[role];
  if (name === 'main' || name === 'article' || name === 'body' || role === 'main') return undefined;
  // By class or id only on block elements (an inline "print-only" span is part of its sentence),
  // and not where a word says the element holds the story ("article-body", "content").
  if (INLINE.has(name)) return undefined;
  const words = `${a.class ?? ''} ${a.id ?? ''}`;
  if (STORY.test(words)) return undefined;
  const m = FURNITURE.exec(words);
  return m ? `class:${(m[1] as string).toLowerCase().replace(/s$/, '')}` : undefined;
}

const clip = (s: string): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
};

/**
 * Take furniture out of the tree, listing it. An element that is furniture by
 * its class or id alone but holds most of the page's paragraph text (`total`)
 * is the story's container ("container has-sidebar"): it stays.
 */
function prune(node: Element | { children: ChildNode[] }, removed: RemovedPart[], total: number): void {
  node.children = node.children.filter((c) => {
    if (c.type === 'comment' || c.type === 'directive' || c.type === 'cdata') return false;
    if (!isElement(c)) return true;
    let why = furniture(c);
    // A container named for a layout ("has-sidebar", "with-header") is spared when it holds most
    // of the text; a box of comments, related stories or share buttons never is.
    if (why?.startsWith('class:')) why = SPARED.has(why.slice(6)) && paragraphText(c) * 2 > total ? undefined : why.slice(6);
    if (why) {
      removed.push({ what: why, text: why === 'script' || why === 'style' ? '' : clip(blocks(c).join(' · ')) });
      return false;
    }
    prune(c, removed, total);
    return true;
  });
}

const SPACE = /[\s\u00a0\u200b]+/g;

/** The length of text in an element's paragraphs (p, li, blockquote), which is how Reader View finds the story. */
function paragraphText(el: Element): number {
  let n = 0;
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === 'p' || c.name === 'li' || c.name === 'blockquote' || c.name === 'pre') n += textOf(c).replace(SPACE, ' ').trim().length;
    else n += paragraphText(c);
  }
  return n;
}

/** The element holding the main text: the main or article element with most paragraph text, or the element whose own paragraphs hold most. */
function mainElement(root: Element): Element {
  const all: Element[] = [];
  const walk = (el: Element): void => {
    all.push(el);
    for (const c of el.children) if (isElement(c)) walk(c);
  };
  walk(root);
  const marked = all.filter((e) => e.name === 'main' || e.name === 'article' || e.attribs.role === 'main');
  const best = (xs: Element[]): Element | undefined => xs.map((e) => [e, paragraphText(e)] as const).sort((a, b) => b[1] - a[1])[0]?.[0];
  const top = best(marked);
  if (top && paragraphText(top) >= HTML_MAIN_MIN) return top;
  // Score each element by the text of its own paragraphs; its parent gets a share.
  const scores = new Map<Element, number>();
  for (const el of all) {
    let own = 0;
    for (const c of el.children) if (isElement(c) && (c.name === 'p' || c.name === 'li')) own += textOf(c).replace(SPACE, ' ').trim().length;
    if (own === 0) continue;
    // A list's items count for the element that holds the list (its title, its paragraphs).
    const list = (el.name === 'ol' || el.name === 'ul') && el.parent?.type === 'tag' ? (el.parent as Element) : el;
    scores.set(list, (scores.get(list) ?? 0) + own);
    const parent = list.parent as Element | null;
    if (parent && parent.type === 'tag') scores.set(parent, (scores.get(parent) ?? 0) + own * HTML_PARENT_SHARE);
  }
  return [...scores].sort((a, b) => b[1] - a[1])[0]?.[0] ?? root;
}

/** The blocks of text under an element, in reading order; list items numbered as written. */
function blocks(root: Element): string[] {
  const out: string[] = [];
  let cur = '';
  let inPre = 0;
  let pending = '';
  const flush = (): void => {
    const t = cur
      .split('\n')
      .map((l) => l.replace(SPACE, ' ').trim())
      .filter((l) => l !== '')
      .join('\n');
    if (t !== '') {
      out.push(pending + t);
      pending = '';
    }
    cur = '';
  };
  const walk = (n: ChildNode, label: string | undefined): void => {
    if (n.type === 'text') {
      // As a browser renders it: a line break in the page's source is a space (but not in <pre>).
      cur += inPre > 0 ? n.data : n.data.replace(/[\r\n]+/g, ' ');
      return;
    }
    if (!isElement(n)) return;
    const name = n.name.toLowerCase();
    if (name === 'br') {
      cur += '\n';
      return;
    }
    if (name === 'img') return;
    const block = BLOCK.has(name);
    if (block) flush();
    // An item's number goes on its first text, even inside a <p> of the item.
    if (name === 'li' && label !== undefined) pending = `${label} `;
    if (name === 'pre') inPre++;
    if (name === 'ol') {
      let k = Number.parseInt(n.attribs.start ?? '1', 10);
      if (!Number.isFinite(k)) k = 1;
      const type = n.attribs.type ?? '1';
      for (const c of n.children) {
        if (isElement(c) && c.name === 'li') {
          const value = Number.parseInt(c.attribs.value ?? '', 10);
          if (Number.isFinite(value)) k = value;
          walk(c, olLabel(k++, type));
        }
        else walk(c, undefined);
      }
    } else for (const c of n.children) walk(c, undefined);
    if (name === 'pre') inPre--;
    if (block) flush();
    // An item without text leaves no number to the next block.
    if (name === 'li') pending = '';
  };
  walk(root, undefined);
  flush();
  return out;
}

function olLabel(k: number, type: string): string {
  if (type === 'a' || type === 'A') {
    const letter = String.fromCharCode((type === 'a' ? 96 : 64) + (((k - 1) % 26) + 1));
    return `(${letter})`;
  }
  if (type === 'i' || type === 'I') {
    const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
    const r = romans[k - 1] ?? String(k);
    return `${type === 'I' ? r.toUpperCase() : r}.`;
  }
  return `${k}.`;
}

// <meta charset="windows-1256"> or <meta http-equiv="Content-Type" content="text/html; charset=…">.
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const CHARSET_NAMES: Readonly<Record<string, TextEncodingName>> = { utf8: 'utf-8', 'utf-8': 'utf-8', 'windows-1256': 'windows-1256', 'cp1256': 'windows-1256', 'windows-1251': 'windows-1251', cp1251: 'windows-1251', 'koi8-r': 'koi8-r', 'windows-1252': 'windows-1252', 'iso-8859-1': 'windows-1252', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be' };

/**
 * The main text of a web page, as paragraphs separated by blank lines: block
 * elements are paragraphs, entities are decoded, a numbered list's items get
 * their numbers as labels, and scripts, styles, navigation, asides, headers,
 * footers, forms, figures and the boxes news sites put around a story (share,
 * related, comments, bylines, tags, ads — by their class or id) are left out
 * and listed in `removed`.
 *
 * @param html - The page, as text or as bytes (decoded by its `<meta charset>`, or detected).
 * @returns The text, the page's title, what was left out, and warnings.
 * @throws TypeError when `html` is neither a string nor bytes; DocumentError when the page has no text.
 *
 * @example
 * ```ts
 * import { fromHtml } from 'communique-diff/import';
 * const { text, removed } = fromHtml(await (await fetch(url)).text());
 * ```
 * @category Read documents
 */
export function fromHtml(html: string | Uint8Array, options?: HtmlOptions): ImportedText {
  expectImportOptions(options, ['encoding', 'whole']);
  let source = html;
  let encoding: string | undefined;
  let guessed = false;
  const warnings: string[] = [];
  if (source instanceof Uint8Array) {
    const head = String.fromCharCode(...source.subarray(0, 2048));
    const named = CHARSET_NAMES[(META_CHARSET.exec(head)?.[1] ?? '').toLowerCase()];
    const given = options?.encoding ?? (named && TEXT_ENCODINGS.includes(named) ? named : undefined);
    const decoded = decodeText(source, given ? { encoding: given } : undefined);
    source = decoded.text;
    encoding = decoded.encoding;
    guessed = decoded.by === 'guessed';
    if (guessed) warnings.push(`the page names no encoding and is not UTF-8: read as ${decoded.encoding}, a guess`);
  } else if (typeof source !== 'string') {
    throw new TypeError(`\`html\` must be a string or a Uint8Array, received ${source === null ? 'null' : typeof source}`);
  }
  const doc = parseDocument(source, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const all: Element[] = [];
  const find = (n: ChildNode): void => {
    if (!isElement(n)) return;
    all.push(n);
    n.children.forEach(find);
  };
  doc.children.forEach(find);
  const title = clip(textOf(all.find((e) => e.name === 'title') ?? { type: 'text', data: '' } as ChildNode));
  const removed: RemovedPart[] = [];
  prune(doc, removed, doc.children.filter(isElement).reduce((n, e) => n + paragraphText(e), 0));
  const body = all.find((e) => e.name === 'body' && e.parent !== null) ?? ({ type: 'tag', name: 'body', attribs: {}, children: doc.children, parent: null } as unknown as Element);
  const root = options?.whole ? body : mainElement(body);
  const text = blocks(root).join('\n\n');
  if (text === '') throw new DocumentError('has no text: the page holds no paragraphs outside its scripts, navigation and other furniture');
  if (root !== body) {
    const outside = blocks(body).filter((b) => !text.includes(b));
    for (const b of outside) removed.push({ what: 'outside the main text', text: clip(b) });
  }
  const images = root.children.length > 0 ? countImages(root) : 0;
  if (images > 0) warnings.push(`${images} image${images === 1 ? '' : 's'} in the main text left out (text in images is not read)`);
  const result: ImportedText = { text, source: { format: 'html' }, removed, warnings };
  if (encoding) result.source.encoding = encoding;
  if (guessed) result.source.encodingGuessed = true;
  if (title) result.source.title = title;
  return result;
}

function countImages(el: Element): number {
  let n = 0;
  for (const c of el.children) if (isElement(c)) n += c.name === 'img' ? 1 : countImages(c);
  return n;
}
