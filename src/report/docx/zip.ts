/**
 * A minimal ZIP writer for the Word report: stored (uncompressed) entries
 * only, so that the main entry needs no compression library. A .docx is an
 * OPC package, which is a ZIP archive (ECMA-376 Part 2, §8); stored entries
 * are allowed and Word and LibreOffice open them.
 *
 * Section numbers are those of the PKWARE .ZIP File Format Specification
 * (APPNOTE.TXT, version 6.3.10). The archive is written byte for byte the
 * same for the same entries: every entry carries the same fixed DOS time.
 */

/** One file of an archive: its path inside the archive ("word/document.xml") and its bytes. */
export interface ZipEntry {
  /** Path inside the archive, with `/` between folders and no leading `/`. */
  name: string;
  /** The file's bytes, stored as they are. */
  data: Uint8Array;
}

// 4.4.4 general purpose bit flag, bit 11 ("Language encoding flag"): the
// file name is UTF-8.
const UTF8_NAMES = 0x0800;
// 4.4.3 version needed to extract: 2.0 (stored entries in folders).
const VERSION = 20;
// 4.4.5 compression method 0: the file is stored (no compression).
const STORED = 0;
// 4.4.6 last mod file time and date, in MS-DOS format: 1980-01-01 00:00:00,
// the earliest date the format can hold (date = (year − 1980) << 9 | month << 5 | day).
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
// Without the ZIP64 extension (4.3.14), counts are 16-bit and sizes and offsets 32-bit.
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

let crcTable: Uint32Array | undefined;

/**
 * The CRC-32 of some bytes, as ZIP stores it (APPNOTE 4.4.7: the polynomial
 * 0x04C11DB7, bit-reflected as 0xEDB88320; start and final value all ones),
 * computed a byte at a time with a 256-entry table.
 *
 * @param data - The bytes.
 * @returns The CRC-32, as an unsigned 32-bit number.
 */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (crcTable[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A string as UTF-8 bytes. Written out rather than taken from TextEncoder,
 * which the library's target (ES2022, no DOM) does not declare. A lone
 * surrogate becomes U+FFFD, as TextEncoder makes it.
 *
 * @param text - Any string.
 * @returns Its UTF-8 encoding.
 */
export function utf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}

/** Little-endian writes into a byte array (all ZIP fields are little-endian, APPNOTE 4.4.1.1). */
class Writer {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  at = 0;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }

  u16(v: number): void {
    this.view.setUint16(this.at, v, true);
    this.at += 2;
  }

  u32(v: number): void {
    this.view.setUint32(this.at, v, true);
    this.at += 4;
  }

  raw(data: Uint8Array): void {
    this.bytes.set(data, this.at);
    this.at += data.length;
  }
}

/**
 * A ZIP archive of stored entries, in the order given: each entry's local
 * header and data, then the central directory, then the end record.
 *
 * @param entries - The files; names must be unique.
 * @returns The archive's bytes.
 * @throws RangeError when a name is repeated or empty, or the archive would need ZIP64 (65,535 entries or 4 GiB).
 */
export function zipStored(entries: readonly ZipEntry[]): Uint8Array {
  if (entries.length > MAX_ENTRIES) throw new RangeError(`a ZIP archive without ZIP64 holds at most ${MAX_ENTRIES} entries, received ${entries.length}`);
  const seen = new Set<string>();
  const files = entries.map((e) => {
    if (e.name === '' || seen.has(e.name)) throw new RangeError(`ZIP entry names must be unique and not empty, received ${JSON.stringify(e.name)}`);
    seen.add(e.name);
    return { name: utf8(e.name), data: e.data, crc: crc32(e.data), offset: 0 };
  });
  const localSize = files.reduce((s, f) => s + 30 + f.name.length + f.data.length, 0);
  const centralSize = files.reduce((s, f) => s + 46 + f.name.length, 0);
  if (localSize + centralSize + 22 > MAX_OFFSET) throw new RangeError('a ZIP archive without ZIP64 holds at most 4 GiB');
  const w = new Writer(localSize + centralSize + 22);

  // 4.3.7 Local file header, followed by the file data (4.3.8):
  //   local file header signature     4 bytes  (0x04034b50)
  //   version needed to extract       2 bytes
  //   general purpose bit flag        2 bytes
  //   compression method              2 bytes
  //   last mod file time              2 bytes
  //   last mod file date              2 bytes
  //   crc-32                          4 bytes
  //   compressed size                 4 bytes
  //   uncompressed size               4 bytes
  //   file name length                2 bytes
  //   extra field length              2 bytes
  //   file name (variable size)
  //   extra field (variable size)
  // The CRC and sizes are known before writing, so bit 3 (a data descriptor after the data, 4.3.9) is not used.
  // The fields both headers share, from "version needed to extract" to "extra field length".
  const shared = (f: (typeof files)[number]): void => {
    w.u16(VERSION);
    w.u16(UTF8_NAMES);
    w.u16(STORED);
    w.u16(DOS_TIME);
    w.u16(DOS_DATE);
    w.u32(f.crc);
    w.u32(f.data.length);
    w.u32(f.data.length);
    w.u16(f.name.length);
    w.u16(0);
  };
  for (const f of files) {
    f.offset = w.at;
    w.u32(0x04034b50);
    shared(f);
    w.raw(f.name);
    w.raw(f.data);
  }

  // 4.3.12 Central directory structure, one file header per entry:
  //   central file header signature   4 bytes  (0x02014b50)
  //   version made by                 2 bytes
  //   version needed to extract       2 bytes
  //   general purpose bit flag        2 bytes
  //   compression method              2 bytes
  //   last mod file time              2 bytes
  //   last mod file date              2 bytes
  //   crc-32                          4 bytes
  //   compressed size                 4 bytes
  //   uncompressed size               4 bytes
  //   file name length                2 bytes
  //   extra field length              2 bytes
  //   file comment length             2 bytes
  //   disk number start               2 bytes
  //   internal file attributes        2 bytes
  //   external file attributes        4 bytes
  //   relative offset of local header 4 bytes
  //   file name (variable size)
  //   extra field (variable size)
  //   file comment (variable size)
  const central = w.at;
  for (const f of files) {
    w.u32(0x02014b50);
    // 4.4.2: upper byte 0 = MS-DOS attributes (none are set), lower byte = spec version 2.0.
    w.u16(VERSION);
    shared(f);
    w.u16(0);
    w.u16(0);
    w.u16(0);
    w.u32(0);
    w.u32(f.offset);
    w.raw(f.name);
  }

  // 4.3.16 End of central directory record:
  //   end of central dir signature    4 bytes  (0x06054b50)
  //   number of this disk             2 bytes
  //   number of the disk with the start of the central directory  2 bytes
  //   total number of entries in the central directory on this disk  2 bytes
  //   total number of entries in the central directory  2 bytes
  //   size of the central directory   4 bytes
  //   offset of start of central directory with respect to the starting disk number  4 bytes
  //   .ZIP file comment length        2 bytes
  const centralLength = w.at - central;
  w.u32(0x06054b50);
  w.u16(0);
  w.u16(0);
  w.u16(files.length);
  w.u16(files.length);
  w.u32(centralLength);
  w.u32(central);
  w.u16(0);
  return w.bytes;
}
