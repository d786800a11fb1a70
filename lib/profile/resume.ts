/**
 * The lenient JSON Resume reader (DESIGN.md "Reading real files"): a file
 * from the wild is screened, not refused. Dates as people write them, empty
 * strings and nulls, the older schema's names (`work[].company`,
 * `basics.website`, `basics.picture`…) and plain strings where the schema
 * wants objects are all read into the one profile shape. A field that still
 * cannot be read is dropped and named in a warning; only a file that is not
 * a résumé at all is refused.
 *
 * The command line reads résumé files with it, and backups read the profiles
 * they carry with it, so an old record or a hand-made backup is read the
 * same way.
 */
import { CaptureMeta, Profile, type ProfileInput } from './profile';
import { readDate } from './resume-dates';

/** A file larger than this is not a résumé (DESIGN.md). */
export const MAX_RESUME_BYTES = 20 * 1024 * 1024;

export type ResumeReading = { ok: true; profile: Profile; warnings: string[] } | { ok: false; error: string };

// ---------------------------------------------------------------------------
// Bytes to text.

/** A name for an encoding that is not UTF-8, guessed from the bytes. */
function guessEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  let c1 = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
    if (b >= 0x80 && b <= 0x9f) c1++;
  }
  if (oddZeros > sample.length / 8) return 'UTF-16 (little-endian) without a byte-order mark';
  if (evenZeros > sample.length / 8) return 'UTF-16 (big-endian) without a byte-order mark';
  return c1 > 0 ? 'Windows-1252' : 'Latin-1 (ISO-8859-1) or Windows-1252';
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

/**
 * The text of a résumé file: UTF-8 (with or without a byte-order mark), or
 * UTF-16 with a byte-order mark. Anything else is refused with the encoding
 * it looks like, so the person knows how to save it.
 */
export function decodeResume(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.length > MAX_RESUME_BYTES) {
    return { ok: false, error: `too large for a résumé (${(bytes.length / 1024 / 1024).toFixed(1)} MB; at most 20 MB is read)` };
  }
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) {
    return { ok: false, error: 'not UTF-8: it is UTF-32; save it as UTF-8 and try again' };
  }
  if (a === 0xff && b === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (a === 0xfe && b === 0xff) return { ok: true, text: new TextDecoder('utf-16le').decode(swapPairs(bytes.subarray(2))) };
  try {
    // `fatal` refuses invalid UTF-8 instead of guessing; the decoder drops a UTF-8 byte-order mark.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: `not UTF-8: it looks like ${guessEncoding(bytes)}; save it as UTF-8 and try again` };
  }
}

// ---------------------------------------------------------------------------
// Values to the profile's fields.

class Warnings {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    this.list.push(`${path} ${message}`);
  }
}

/** How a value looks, for a warning: 'sometime', a number, an object. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 39)}…` : value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'a number' : `a ${typeof value}`} (${String(value)})`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAbsent = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Text, or undefined. Numbers (phone numbers, postal codes, grades) become text; a list of lines is joined. */
function readText(value: unknown, path: string, w: Warnings): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number' || v === null)) {
    const joined = value.filter((v) => !isAbsent(v)).join('\n');
    return joined === '' ? undefined : joined;
  }
  if (isObject(value)) {
    // {"name": "Acme"} or {"city": "Lyon", "country": "FR"} where text was expected: its words, in order.
    const parts = Object.values(value).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (parts.length > 0) return parts.join(', ');
  }
  w.add(path, `is ${shown(value)} where text was expected; ignored`);
  return undefined;
}

/** A list of texts: a list, or one string (split on commas when `split`). */
function readTexts(value: unknown, path: string, w: Warnings, split: boolean): string[] | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') {
    const parts = split ? value.split(/\s*[,;]\s*/) : [value];
    const kept = parts.filter((p) => p.trim() !== '');
    return kept.length > 0 ? kept : undefined;
  }
  if (!Array.isArray(value)) {
    if (typeof value === 'number') return [String(value)];
    if (isObject(value)) {
      const one = readText(value, path, w);
      return one === undefined ? undefined : [one];
    }
    w.add(path, `is ${shown(value)} where a list was expected; ignored`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    const text = isObject(item) && typeof item.name === 'string' ? item.name : readText(item, `${path}[${i}]`, w);
    if (text !== undefined && text.trim() !== '') out.push(text);
  });
  return out.length > 0 ? out : undefined;
}

function readStartDate(value: unknown, path: string, w: Warnings): string | undefined {
  if (isAbsent(value)) return undefined;
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') {
    w.add(path, `is ${shown(value)}, not a date; ignored`);
    return undefined;
  }
  const read = readDate(text);
  if (read?.kind === 'date') return read.date;
  if (read?.kind === 'none') return undefined;
  w.add(path, `${shown(value)} is not a date; ignored`);
  return undefined;
}

function readEndDate(value: unknown, path: string, w: Warnings): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') {
    const read = readDate(value);
    if (read?.kind === 'open') return 'present';
    if (read?.kind === 'none') return undefined;
  }
  return readStartDate(value, path, w);
}

// ---------------------------------------------------------------------------
// The shape, as data: each section's fields, how each is read, and the
// older or common names that mean the same field.

type Kind = 'text' | 'texts' | 'keywords' | 'date' | 'endDate';

interface EntrySpec {
  fields: Record<string, Kind>;
  /** Another name → the field it means (the older schema's and common ones). */
  aliases?: Record<string, string>;
  /** A plain string where an entry was expected becomes this field. */
  fromString?: string;
}

const BASICS_TEXT: Record<string, string[]> = {
  name: ['name'],
  label: ['label', 'title', 'headline'],
  // `picture` and `website` are the older schema's names.
  image: ['image', 'picture'],
  email: ['email'],
  phone: ['phone', 'tel', 'mobile'],
  url: ['url', 'website'],
  summary: ['summary', 'about'],
};

const WORK: EntrySpec = {
  fields: {
    name: 'text',
    location: 'text',
    description: 'text',
    position: 'text',
    url: 'text',
    startDate: 'date',
    endDate: 'endDate',
    summary: 'text',
    highlights: 'texts',
    keywords: 'keywords',
  },
  // JSON Resume before v1.0.0 named the employer `company` and its site `website`.
  aliases: { company: 'name', organization: 'name', website: 'url', title: 'position', role: 'position', technologies: 'keywords', stack: 'keywords', tools: 'keywords' },
};

const SECTIONS: Record<string, EntrySpec> = {
  work: WORK,
  volunteer: {
    fields: { organization: 'text', position: 'text', url: 'text', startDate: 'date', endDate: 'endDate', summary: 'text', highlights: 'texts' },
    aliases: { company: 'organization', website: 'url' },
  },
  education: {
    fields: { institution: 'text', url: 'text', area: 'text', studyType: 'text', startDate: 'date', endDate: 'endDate', score: 'text', courses: 'texts' },
    aliases: { gpa: 'score', school: 'institution', website: 'url' },
    fromString: 'institution',
  },
  awards: { fields: { title: 'text', date: 'date', awarder: 'text', summary: 'text' }, aliases: { awardDate: 'date' }, fromString: 'title' },
  certificates: { fields: { name: 'text', date: 'date', url: 'text', issuer: 'text' }, aliases: { website: 'url' }, fromString: 'name' },
  publications: {
    fields: { name: 'text', publisher: 'text', releaseDate: 'date', url: 'text', summary: 'text' },
    aliases: { website: 'url' },
    fromString: 'name',
  },
  skills: { fields: { name: 'text', level: 'text', keywords: 'keywords' }, fromString: 'name' },
  languages: { fields: { language: 'text', fluency: 'text' }, aliases: { name: 'language' }, fromString: 'language' },
  // Interests written as plain strings are the older, and common, way.
  interests: { fields: { name: 'text', keywords: 'keywords' }, fromString: 'name' },
  references: { fields: { name: 'text', reference: 'text' }, fromString: 'reference' },
  projects: {
    fields: {
      name: 'text',
      description: 'text',
      highlights: 'texts',
      keywords: 'keywords',
      startDate: 'date',
      endDate: 'endDate',
      url: 'text',
      roles: 'texts',
      entity: 'text',
      type: 'text',
    },
    aliases: { website: 'url', title: 'name', summary: 'description', technologies: 'keywords', stack: 'keywords', tools: 'keywords' },
    fromString: 'name',
  },
};

/** The fields the reader knows, per section (a test holds them equal to the profile schema's). */
export const READER_FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries([
  ['basics', [...Object.keys(BASICS_TEXT), 'location', 'profiles']],
  ...Object.entries(SECTIONS).map(([name, spec]) => [name, Object.keys(spec.fields)] as const),
]);

function readField(kind: Kind, value: unknown, path: string, w: Warnings): unknown {
  switch (kind) {
    case 'text':
      return readText(value, path, w);
    case 'texts':
      return readTexts(value, path, w, false);
    case 'keywords':
      return readTexts(value, path, w, true);
    case 'date':
      return readStartDate(value, path, w);
    case 'endDate':
      return readEndDate(value, path, w);
  }
}

/** One entry of a section; undefined when it says nothing (an empty template entry). */
function readEntry(spec: EntrySpec, value: unknown, path: string, w: Warnings): Record<string, unknown> | undefined {
  if (isAbsent(value)) return undefined;
  if (!isObject(value)) {
    if (spec.fromString && (typeof value === 'string' || typeof value === 'number')) return { [spec.fromString]: String(value) };
    w.add(path, `is ${shown(value)}, not an entry; ignored`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [field, kind] of Object.entries(spec.fields)) {
    const read = readField(kind, value[field], `${path}.${field}`, w);
    if (read !== undefined) out[field] = read;
  }
  for (const [alias, field] of Object.entries(spec.aliases ?? {})) {
    if (out[field] !== undefined || isAbsent(value[alias])) continue;
    const read = readField(spec.fields[field] as Kind, value[alias], `${path}.${alias}`, w);
    if (read !== undefined) out[field] = read;
  }
  const known = (key: string) => key in spec.fields || key in (spec.aliases ?? {});
  if (Object.keys(out).length === 0 && !Object.keys(value).some(known) && Object.values(value).some((v) => !isAbsent(v))) {
    w.add(path, 'has no field JSON Resume knows; ignored');
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A section: a list of entries (one object or a comma-separated string is read as a list too). */
function readSection(name: string, value: unknown, w: Warnings): Record<string, unknown>[] | undefined {
  if (isAbsent(value)) return undefined;
  const spec = SECTIONS[name] as EntrySpec;
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (isObject(value)) items = [value];
  else if (typeof value === 'string' && spec.fromString) items = value.split(/\s*[,;\n]\s*/);
  else {
    w.add(name, `is ${shown(value)} where a list was expected; ignored`);
    return undefined;
  }
  const out: Record<string, unknown>[] = [];
  items.forEach((item, i) => {
    const entry = readEntry(spec, item, `${name}[${i}]`, w);
    if (entry) out.push(entry);
  });
  return out;
}

function readProfiles(value: unknown, w: Warnings): Record<string, string>[] | undefined {
  if (isAbsent(value)) return undefined;
  // Before v0.0.0, profiles were an object keyed by network: {"github": "ada"}.
  if (isObject(value) && !('network' in value) && !('url' in value)) {
    return Object.entries(value).flatMap(([network, v]): Record<string, string>[] => {
      const text = readText(v, `basics.profiles.${network}`, w);
      if (text === undefined) return [];
      return [/^https?:\/\//i.test(text) ? { network, url: text } : { network, username: text }];
    });
  }
  const items = Array.isArray(value) ? value : [value];
  const out: Record<string, string>[] = [];
  items.forEach((item, i) => {
    const path = `basics.profiles[${i}]`;
    if (isAbsent(item)) return;
    if (typeof item === 'string') {
      out.push({ url: item });
      return;
    }
    if (!isObject(item)) {
      w.add(path, `is ${shown(item)}, not a profile link; ignored`);
      return;
    }
    const link: Record<string, string> = {};
    for (const field of ['network', 'username', 'url'] as const) {
      const text = readText(item[field] ?? (field === 'network' ? item.name : field === 'url' ? item.website : undefined), `${path}.${field}`, w);
      if (text !== undefined) link[field] = text;
    }
    if (Object.keys(link).length > 0) out.push(link);
  });
  return out;
}

function readLocation(value: unknown, w: Warnings): Record<string, string> | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return { address: value };
  if (!isObject(value)) {
    w.add('basics.location', `is ${shown(value)} where a place was expected; ignored`);
    return undefined;
  }
  const out: Record<string, string> = {};
  const names: Record<string, string[]> = {
    address: ['address'],
    postalCode: ['postalCode', 'zip'],
    city: ['city'],
    countryCode: ['countryCode', 'country'],
    region: ['region', 'state'],
  };
  for (const [field, keys] of Object.entries(names)) {
    const key = keys.find((k) => !isAbsent(value[k]));
    if (key === undefined) continue;
    const text = readText(value[key], `basics.location.${key}`, w);
    if (text !== undefined) out[field] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}



function readBasics(value: unknown, w: Warnings): Record<string, unknown> | undefined {
  if (isAbsent(value)) return undefined;
  if (!isObject(value)) {
    w.add('basics', `is ${shown(value)} where an object was expected; ignored`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [field, keys] of Object.entries(BASICS_TEXT)) {
    const key = keys.find((k) => !isAbsent(value[k]));
    if (key === undefined) continue;
    const text = readText(value[key], `basics.${key}`, w);
    if (text !== undefined) out[field] = text;
  }
  const location = readLocation(value.location, w);
  if (location) out.location = location;
  const profiles = readProfiles(value.profiles, w);
  if (profiles && profiles.length > 0) out.profiles = profiles;
  return out;
}

/** JSON Resume's meta; `lastModified` bounds open-ended roles, so it is read like a date. */
function readMeta(value: unknown, w: Warnings): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const field of ['canonical', 'version'] as const) {
    if (typeof value[field] === 'string' && value[field] !== '') out[field] = value[field] as string;
  }
  const last = value.lastModified;
  if (!isAbsent(last)) {
    const text = typeof last === 'number' ? new Date(last).toISOString() : last;
    if (typeof text === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) && Number.isFinite(Date.parse(text))) out.lastModified = text;
    else {
      const date = readStartDate(text, 'meta.lastModified', w);
      if (date !== undefined) out.lastModified = date;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Any object that claims to be a profile (a résumé, or a profile stored in a
 * backup) read leniently into the profile shape, with a warning for each
 * field dropped. Our own `capture` is kept when it is valid.
 */
export function readProfileLeniently(data: Record<string, unknown>): { profile: Profile; warnings: string[] } {
  const w = new Warnings();
  const input: Record<string, unknown> = {};
  const basics = readBasics(data.basics, w);
  if (basics) input.basics = basics;
  for (const name of Object.keys(SECTIONS)) {
    const section = readSection(name, data[name], w);
    if (section !== undefined) input[name] = section;
  }
  const meta = readMeta(data.meta, w);
  if (meta) input.meta = meta;
  if (data.capture !== undefined) {
    const capture = CaptureMeta.safeParse(data.capture);
    if (capture.success) input.capture = capture.data;
    else w.add('capture', 'could not be read; ignored');
  }
  return { profile: Profile.parse(input as ProfileInput), warnings: w.list };
}

/** The sections that make a JSON document a résumé (DESIGN.md). */
const RESUME_SECTIONS = ['basics', 'work', 'skills'] as const;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** A parsed JSON value as a résumé, or the sentence that says why it is not one. */
export function readResumeValue(data: unknown): ResumeReading {
  if (!isObject(data)) return { ok: false, error: `not a JSON Resume: expected an object, got ${describe(data)}` };
  if (!RESUME_SECTIONS.some((key) => !isAbsent(data[key]))) {
    return { ok: false, error: 'not a JSON Resume: none of basics, work or skills is there' };
  }
  const { profile, warnings } = readProfileLeniently(data);
  return { ok: true, profile, warnings };
}

/** JSON text as a résumé. */
export function readResumeText(text: string): ResumeReading {
  let data: unknown;
  try {
    // A byte-order mark is legal at the start of a UTF-8 file and common from Windows editors.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  return readResumeValue(data);
}

/** A résumé file's bytes: the encoding checked, then the JSON read leniently. */
export function readResumeBytes(bytes: Uint8Array): ResumeReading {
  const decoded = decodeResume(bytes);
  if (!decoded.ok) return decoded;
  return readResumeText(decoded.text);
}
