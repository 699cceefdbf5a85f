import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { strToU8, zipSync } from 'fflate';
import { docxOf, newsPage } from '../../bench/eval/documents.js';
import { exampleRound, SEED } from '../support/fixtures.js';
import { seedNextRound } from '../support/rounds.js';
import { fiveRounds } from '../support/series.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-cli-'));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const OLD = file('round20.txt', SEED);
const NEW = file('round21.txt', seedNextRound());

async function run(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdin: (async function* () {
      yield Buffer.from(stdin);
    })(),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    version: '9.9.9',
  });
  return { code, stdout, stderr };
}

describe('communique-diff CLI', () => {
  it('prints a Markdown report and exits 1 when something changed', async () => {
    const r = await run([OLD, NEW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('## Summary');
    expect(r.stdout).toContain(`${basename(OLD)} → ${basename(NEW)}`);
  });

  it('exits 0 when nothing substantive changed', async () => {
    const cosmetic = file('cosmetic.txt', SEED.replace('2254', '٢٢٥٤').replace(/\n/g, '\r\n'));
    const r = await run([OLD, cosmetic, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.substantive).toBe(false);
  });

  it('writes HTML to a file with --out', async () => {
    const out = join(dir, 'report.html');
    const r = await run([OLD, NEW, '-f', 'html', '-o', out]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toContain('<!doctype html>');
  });

  it('reads one side from standard input, whole', async () => {
    const r = await run(['-', NEW, '--format', 'json', '--lang', 'ar'], SEED);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).old.source).toBe(SEED);
  });

  it('leaves out unchanged and cosmetic paragraphs with --only-substantive', async () => {
    const full = await run([OLD, NEW]);
    const short = await run([OLD, NEW, '--only-substantive']);
    expect(short.stdout.length).toBeLessThan(full.stdout.length);
    expect(short.stdout).not.toContain('### <a id="p-1"></a>Unchanged');
  });

  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage: communique-diff OLD NEW [options]');
    expect(await run(['--version'])).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' });
  });

  it.each([
    [['only-one.txt'], 'communique-diff: expected two files, OLD and NEW, received 1\nTry \'communique-diff --help\'.\n'],
    [[OLD, NEW, '--colour'], "communique-diff: Unknown option '--colour'\nTry 'communique-diff --help'.\n"],
    [[OLD, NEW, '--format', 'pdf'], 'communique-diff: --format must be one of md, html, json, text, docx, received "pdf"\nTry \'communique-diff --help\'.\n'],
    [['-', '-'], "communique-diff: only one of OLD and NEW can be read from standard input (-)\nTry 'communique-diff --help'.\n"],
  ])('explains a usage error %j and exits 2', async (args, message) => {
    expect(await run(args)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('explains unreadable inputs and exits 2', async () => {
    const missing = join(dir, 'missing.txt');
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    const binary = file('binary.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const latin1 = file('latin1.txt', Buffer.from([0x54, 0xfc, 0x72, 0x6b, 0x69, 0x79, 0x65]));
    expect(await run([missing, NEW])).toEqual({ code: 2, stdout: '', stderr: `communique-diff: ${missing}: no such file\n` });
    expect(await run([OLD, folder])).toEqual({ code: 2, stdout: '', stderr: `communique-diff: ${folder}: is a directory, expected a text file\n` });
    const zeros = file('zeros.bin', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x00, 0xff, 0x10]));
    expect(await run([binary, NEW])).toEqual({ code: 2, stdout: '', stderr: `communique-diff: ${binary}: is damaged: its ZIP archive cannot be read (invalid zip data)\n` });
    expect((await run([zeros, NEW])).stderr).toBe(`communique-diff: ${zeros}: looks like a binary file (it contains zero bytes but is not UTF-16 text); save its text as a .txt file\n`);
    // Not refused any more: read in the code page it was written in, and said so.
    expect((await run([OLD, latin1])).stderr).toBe(`communique-diff: note: ${latin1}: not UTF-8; read as Windows-1252 (Western), a guess (if the report looks garbled, save the file as UTF-8)\n`);
  });

  it('reads web pages and Word files by their content, whatever their names, as the same text', async () => {
    const a = exampleRound('en', 'a');
    const b = exampleRound('en', 'b');
    const clean = await run([file('a.txt', a), file('b.txt', b), '--format', 'json']);
    const page = file('a-page.bin', newsPage(a, 'en'));
    const word = file('b-word.dat', Buffer.from(docxOf(b, 'en')));
    const docs = await run([page, word, '--format', 'json']);
    expect(docs.stderr).toBe('');
    expect(docs.code).toBe(clean.code);
    const kinds = (r: { stdout: string }) => (JSON.parse(r.stdout) as { alignment: Array<{ kind: string }>; commitments: Array<{ kind: string }> });
    expect(kinds(docs).alignment.map((c) => c.kind)).toEqual(kinds(clean).alignment.map((c) => c.kind));
    expect(kinds(docs).commitments.map((c) => c.kind)).toEqual(kinds(clean).commitments.map((c) => c.kind));
    // The same page against the clean text of its round: no substantive change, exit 0.
    expect((await run([file('a2.txt', a), file('a.html', newsPage(a, 'en'))])).code).toBe(0);
    // --from overrides the content: the page read as text is all tags.
    expect((await run([file('a3.txt', a), page, '--from', 'txt'])).code).toBe(1);
    expect((await run([OLD, NEW, '--from', 'rtf'])).stderr).toBe('communique-diff: --from must be one of txt, html, docx, pdf, received "rtf"\nTry \'communique-diff --help\'.\n');
  });

  it('refuses bad documents with one line naming the file and what is wrong, exit 2', async () => {
    const cases: Array<[string, string | Buffer, string]> = [
      ['empty.txt', '', 'is empty (0 bytes)'],
      ['blank.txt', ' \n\n ', 'has no text (only blank space)'],
      ['cut.pdf', '%PDF-1.7\n1 0 obj\n<<', 'is damaged or truncated: Invalid PDF structure.'],
      ['notword.docx', Buffer.from(zipSync({ 'mimetype': strToU8('application/epub+zip') })), 'is a ZIP archive but not a Word file: it has no word/document.xml'],
      ['empty.html', '<html><body><nav>Home</nav><script>x()</script></body></html>', 'has no text: the page holds no paragraphs outside its scripts, navigation and other furniture'],
    ];
    for (const [name, content, message] of cases) {
      const path = file(name, content);
      expect(await run([path, NEW]), name).toEqual({ code: 2, stdout: '', stderr: `communique-diff: ${path}: ${message}\n` });
    }
  });

  it('reads the files in the encoding --encoding names, without a note, and refuses an unknown one', async () => {
    const text = 'Подтвердили приверженность суверенитету Сирии.\n\nПризвали к освобождению задержанных.';
    const koi = file('koi8.txt', Buffer.from([...text].map((c) => { for (let b = 0; b < 256; b++) if (new TextDecoder('koi8-r').decode(Uint8Array.of(b)) === c) return b; return 0x3f; })));
    const utf8 = file('utf8.txt', Buffer.from(text));
    const got = await run([koi, koi, '--encoding', 'koi8-r']);
    expect([got.code, got.stderr]).toEqual([0, '']);
    expect((await run([utf8, koi, '-e', 'koi8-r'])).code).toBe(1);
    expect(await run([koi, koi, '--encoding', 'latin-9'])).toEqual({ code: 2, stdout: '', stderr: "communique-diff: --encoding must be one of utf-8, utf-16le, utf-16be, windows-1252, windows-1256, windows-1251, koi8-r, received \"latin-9\"\nTry 'communique-diff --help'.\n" });
  });

  it('reads UTF-16 and the Arabic and Cyrillic Windows code pages as the same text', async () => {
    const encode = (text: string, encoding: string): Buffer => {
      const byChar = new Map<string, number>();
      const d = new TextDecoder(encoding);
      for (let b = 0; b < 256; b++) if (!byChar.has(d.decode(Uint8Array.of(b)))) byChar.set(d.decode(Uint8Array.of(b)), b);
      return Buffer.from([...text].map((c) => byChar.get(c) ?? 0x3f));
    };
    for (const [lang, encoding, name] of [['ar', 'windows-1256', 'Windows-1256 (Arabic)'], ['ru', 'windows-1251', 'Windows-1251 (Cyrillic)'], ['ru', 'koi8-r', 'KOI8-R (Cyrillic)']] as const) {
      const a = exampleRound(lang, 'a');
      // Windows-1256 has no Arabic-Indic digits: files saved in it write 0–9.
      const b = exampleRound(lang, 'b').replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
      const utf8 = await run([file(`${lang}-a.txt`, Buffer.from(a)), file(`${lang}-b.txt`, Buffer.from(b)), '--format', 'json']);
      const legacy = file(`${lang}-b-${encoding}.txt`, encode(b, encoding));
      const utf16 = file(`${lang}-a-utf16.txt`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(a, 'utf16le')]));
      const got = await run([utf16, legacy, '--format', 'json']);
      expect(got.stderr).toBe(`communique-diff: note: ${utf16}: read as UTF-16 (little-endian)\ncommunique-diff: note: ${legacy}: not UTF-8; read as ${name}, a guess (if the report looks garbled, save the file as UTF-8)\n`);
      expect(new TextDecoder(encoding).decode(encode(b, encoding)), `${encoding} holds every character of the text`).toBe(b);
      const summary = (json: string): string[] => {
        const d = JSON.parse(json) as { alignment: Array<{ kind: string; old: number[]; new: number[] }>; commitments: Array<{ kind: string; slots: string[] }> };
        return [...d.alignment.map((c) => `${c.kind} ${c.old}→${c.new}`), ...d.commitments.map((c) => `${c.kind} ${c.slots}`)];
      };
      expect(summary(got.stdout)).toEqual(summary(utf8.stdout));
    }
  });
});

describe('communique-diff series', () => {
  // Files named so that plain string order would be wrong (round-10 before round-9).
  const folder = join(dir, 'series');
  mkdirSync(folder, { recursive: true });
  const rounds = fiveRounds();
  const names = ['round-8.txt', 'round-9.txt', 'round-10.txt', 'round-11.txt', 'round-12.txt'];
  names.forEach((n, i) => writeFileSync(join(folder, n), rounds[i] as string));
  writeFileSync(join(folder, 'notes.md'), 'not a round');

  it('takes a folder in natural order, prints the timeline and exits 1 on changes', async () => {
    const r = await run(['series', folder]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('| Act | About | 16th round | 17th round | 18th round | 19th round | 20th round |');
    expect(r.stdout).toMatch(/\| condemn \| .* \| 6 \| \[5 ↓\]/);
  });

  it('takes files in the order given, labels them by file name when the text names no round, and writes JSON', async () => {
    const a = file('first.txt', 'Noted the situation in Idlib.');
    const b = file('second.txt', 'Condemned the attacks in Idlib.');
    const r = await run(['series', a, b, a, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.labels).toEqual(['first', 'second', 'first (2)']);
    expect(json.pairs).toHaveLength(2);
  });

  it('exits 0 when no pair changed substantively, and writes HTML with --out', async () => {
    const out = join(dir, 'series.html');
    const r = await run(['series', OLD, OLD, '-f', 'html', '-o', out]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toContain('Commitments across rounds');
  });

  it('leaves steady commitments out with --only-substantive', async () => {
    const full = await run(['series', folder]);
    const short = await run(['series', folder, '-s']);
    expect(short.stdout.length).toBeLessThan(full.stdout.length);
    expect(short.stdout).not.toContain('| reaffirm |');
  });

  it.each([
    [['series'], "communique-diff: series: expected the rounds' files in order, or one folder of them\nTry 'communique-diff --help'.\n"],
    [['series', '-', '-'], "communique-diff: series: only one round can be read from standard input (-)\nTry 'communique-diff --help'.\n"],
  ])('explains a usage error %j and exits 2', async (args, message) => {
    expect(await run(args)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('explains a folder without rounds and exits 2', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    expect(await run(['series', empty])).toEqual({ code: 2, stdout: '', stderr: `communique-diff: ${empty}: the folder holds no .txt, .html, .docx or .pdf files\n` });
  });
});

async function runIn(args: string[], io: { isTTY?: boolean; env?: Record<string, string>; appClient?: () => Promise<string> }): Promise<{ code: number; stdout: string; bytes: Uint8Array[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const code = await main(args, {
    stdin: (async function* () {
      yield Buffer.from('');
    })(),
    stdout: (t) => {
      if (typeof t === 'string') stdout += t;
      else bytes.push(t);
    },
    stderr: (t) => (stderr += t),
    version: '9.9.9',
    ...io,
  });
  return { code, stdout, bytes, stderr };
}

describe('communique-diff CLI: names, views and formats', () => {
  it('names the rounds with --label, and titles the report with --title', async () => {
    const r = await run([OLD, NEW, '--label', 'Draft', '--label', 'Final', '--title', 'Round 20: draft and final']);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['# Round 20: draft and final', '', 'Draft → Final · 18 → 18 paragraphs']);
    const s = await run(['series', OLD, NEW, '--label', 'Draft', '--label', 'Final']);
    expect(s.stdout).toContain('## <a id="pair-1"></a>Draft → Final');
    expect((await run([OLD, NEW, '--label', 'a', '--label', 'b', '--label', 'c'])).code).toBe(2);
  });

  it('writes the report in the --locale, and the --view asked for', async () => {
    const r = await run([OLD, NEW, '--locale', 'ar', '--format', 'html', '--view', 'inline']);
    expect(r.stdout).toMatch(/<html lang="ar" dir="rtl">/);
    expect(r.stdout).not.toContain('class="sbs"');
    expect((await run([OLD, NEW, '--locale', 'fr'])).stderr).toBe('communique-diff: --locale must be one of en, ar, ru, received "fr"\nTry \'communique-diff --help\'.\n');
  });

  it('reads paragraphs as --paragraphs says', async () => {
    const a = file('lines-a.txt', 'The parties met in Astana and\nreaffirmed the principles.\n\nThey will meet again.');
    const b = file('lines-b.txt', 'The parties met in Astana and\nreaffirmed the principles.\n\nThey will meet in June.');
    const json = async (mode: string) => JSON.parse((await run([a, b, '--format', 'json', '--paragraphs', mode])).stdout) as { new: { paragraphs: unknown[] } };
    expect((await json('line')).new.paragraphs).toHaveLength(3);
    expect((await json('blank-line')).new.paragraphs).toHaveLength(2);
  });

  it('refuses a text longer than --max-length, naming the file and the flag', async () => {
    const r = await run([OLD, NEW, '--max-length', '100']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`communique-diff: ${OLD}: has ${SEED.length} characters, more than --max-length (100); raise it with --max-length ${SEED.length}\n`);
    expect((await run([OLD, NEW, '--max-length', 'many'])).code).toBe(2);
  });

  it('refuses an empty input and a series of one round, exit 2', async () => {
    const empty = file('empty.txt', ' \n\n ');
    expect(await run([OLD, empty])).toEqual({ code: 2, stdout: '', stderr: `communique-diff: ${empty}: has no text (only blank space)\n` });
    const nothing = file('nothing.txt', '');
    expect((await run([OLD, nothing])).code).toBe(2);
    const one = await run(['series', OLD]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain(`series: expected two rounds or more, received 1 (${OLD})`);
  });

  it('names the file it cannot write', async () => {
    const out = join(dir, 'no-such-folder', 'report.html');
    expect(await run([OLD, NEW, '--out', out])).toEqual({ code: 2, stdout: '', stderr: `communique-diff: ${out}: cannot write the report (no such folder)\n` });
  });

  it('prints the coloured word diff on a terminal, honouring NO_COLOR and FORCE_COLOR', async () => {
    const tty = await runIn([OLD, NEW], { isTTY: true, env: {} });
    expect(tty.code).toBe(1);
    expect(tty.stdout).toContain('\u001b[31;9m');
    expect(tty.stdout).not.toContain('<p');
    const plain = await runIn([OLD, NEW], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('{+');
    const forced = await runIn([OLD, NEW, '--format', 'text'], { isTTY: false, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[32;4m');
    const piped = await runIn([OLD, NEW], { isTTY: false, env: {} });
    expect(piped.stdout).toContain('## Summary');
  });

  it('writes Word with --out, or to a pipe, but not to a terminal', async () => {
    const out = join(dir, 'report.docx');
    expect(await run([OLD, NEW, '--format', 'docx', '--out', out])).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const piped = await runIn([OLD, NEW, '--format', 'docx'], { isTTY: false });
    expect(Buffer.from(piped.bytes[0] ?? []).subarray(0, 2).toString()).toBe('PK');
    const tty = await runIn([OLD, NEW, '--format', 'docx'], { isTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('--format docx writes a Word file: give --out FILE');
  });

  it('writes the offline page with app --out', async () => {
    const out = join(dir, 'app.html');
    const r = await runIn(['app', '--out', out], { appClient: async () => 'document.title = "ok";' });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<script>document.title = "ok";</script>');
    expect(page).toMatch(/script-src 'sha256-[A-Za-z0-9+/]{43}='/);
    expect((await run(['app'])).stderr).toContain('app: give --out FILE');
  });
});

describe('communique-diff CLI: --out on a terminal', () => {
  it('writes the format the file names, without colours', async () => {
    const md = join(dir, 'tty-report.md');
    expect((await runIn([OLD, NEW, '--out', md], { isTTY: true, env: { FORCE_COLOR: '1' } })).code).toBe(1);
    const text = readFileSync(md, 'utf8');
    expect(text.startsWith('# ')).toBe(true);
    expect(text).not.toContain('\u001b');
    const html = join(dir, 'tty-report.html');
    await runIn([OLD, NEW, '--out', html], { isTTY: true });
    expect(readFileSync(html, 'utf8').startsWith('<!doctype html>')).toBe(true);
    const txt = join(dir, 'tty-report.txt');
    await runIn([OLD, NEW, '--out', txt], { isTTY: true, env: { FORCE_COLOR: '1' } });
    expect(readFileSync(txt, 'utf8')).not.toContain('\u001b');
  });
});

describe('communique-diff CLI: series on a terminal', () => {
  it('colours the series as the pair', async () => {
    const r = await runIn(['series', OLD, NEW], { isTTY: true, env: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\u001b[31;9m');
  });
});
