// The few facts about a zip file (an .xlsx is one) that are read or fixed
// without unpacking it: its entries' sizes, and their timestamps.

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  /** Offsets of the entry's central-directory record and local header. */
  central: number;
  local: number;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** True when the bytes start like a zip file (`PK\x03\x04`). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The entries of the central directory, or undefined when it cannot be found. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const v = view(bytes);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || v.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = v.getUint16(at + 28, true);
    const extra = v.getUint16(at + 30, true);
    const comment = v.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      central: at,
      local: v.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/**
 * Sets every entry's timestamp to one day, in place, so that the same
 * content always gives the same bytes (zip writers stamp the current time).
 */
export function setZipTimestamps(bytes: Uint8Array, isoDate: string): void {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const dosDate = ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d;
  const v = view(bytes);
  for (const e of zipEntries(bytes) ?? []) {
    v.setUint16(e.central + 12, 0, true);
    v.setUint16(e.central + 14, dosDate, true);
    if (e.local + 30 <= bytes.length && v.getUint32(e.local, true) === 0x04034b50) {
      v.setUint16(e.local + 10, 0, true);
      v.setUint16(e.local + 12, dosDate, true);
    }
  }
}
