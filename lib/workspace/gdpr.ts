/**
 * GDPR Art. 14: a person whose data was collected from somewhere other than
 * themselves (a public profile) must be told within a reasonable period and
 * at the latest within one month of collection, or at the first message if
 * the data is used to write to them earlier (Art. 14(3)(a) and (b)).
 *
 * Who is in the EU/EEA: the profile's own location, as the person wrote it.
 * A JSON Resume countryCode decides; otherwise each comma-separated part of
 * the location, last first, is compared with the EU/EEA countries' names
 * (English and their own languages) and their capitals and largest tech
 * cities, then with well-known places outside. Anything else ("Earth",
 * "Remote", an empty location) is unknown: the side panel says a notice may
 * be due rather than guessing either way. The UK and Switzerland have their
 * own laws with the same duty (UK GDPR Art. 14, Swiss FADP Art. 19); the
 * product's setting follows the issue's scope, the EU and the EEA, and says so.
 */
import type { Profile } from '../profile/profile';
import type { Candidate } from '../store/records';
import { comparable } from './duplicates';

/** The EU's 27 and the EEA's Iceland, Liechtenstein and Norway (ISO 3166-1 alpha-2; Greece also as EL). */
export const EU_EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'EL', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
]);

const EU_PLACES = [
  // Countries, in English and in their own languages.
  'austria', 'osterreich', 'belgium', 'belgie', 'belgique', 'belgien', 'bulgaria', 'balgariya', 'croatia', 'hrvatska', 'cyprus', 'kypros', 'kibris',
  'czechia', 'czech republic', 'cesko', 'ceska republika', 'denmark', 'danmark', 'estonia', 'eesti', 'finland', 'suomi', 'france', 'germany', 'deutschland',
  'greece', 'ellada', 'hungary', 'magyarorszag', 'ireland', 'eire', 'italy', 'italia', 'latvia', 'latvija', 'lithuania', 'lietuva', 'luxembourg', 'letzebuerg',
  'malta', 'netherlands', 'the netherlands', 'nederland', 'holland', 'poland', 'polska', 'portugal', 'romania', 'slovakia', 'slovensko', 'slovenia', 'slovenija',
  'spain', 'espana', 'sweden', 'sverige', 'iceland', 'island', 'liechtenstein', 'norway', 'norge', 'noreg', 'european union', 'eu',
  // Capitals and the largest tech cities.
  'vienna', 'wien', 'graz', 'brussels', 'bruxelles', 'brussel', 'antwerp', 'antwerpen', 'ghent', 'gent', 'sofia', 'plovdiv', 'zagreb', 'split', 'nicosia', 'limassol',
  'prague', 'praha', 'brno', 'copenhagen', 'kobenhavn', 'aarhus', 'tallinn', 'tartu', 'helsinki', 'espoo', 'tampere', 'paris', 'lyon', 'marseille', 'toulouse',
  'nantes', 'lille', 'bordeaux', 'grenoble', 'berlin', 'munich', 'munchen', 'hamburg', 'frankfurt', 'frankfurt am main', 'cologne', 'koln', 'stuttgart',
  'dusseldorf', 'leipzig', 'dresden', 'karlsruhe', 'athens', 'athina', 'thessaloniki', 'budapest', 'dublin', 'cork', 'galway', 'rome', 'roma', 'milan', 'milano',
  'turin', 'torino', 'bologna', 'florence', 'firenze', 'naples', 'napoli', 'riga', 'vilnius', 'kaunas', 'valletta', 'amsterdam', 'rotterdam', 'the hague',
  'den haag', 'utrecht', 'eindhoven', 'delft', 'warsaw', 'warszawa', 'krakow', 'wroclaw', 'gdansk', 'poznan', 'lodz', 'lisbon', 'lisboa', 'porto', 'braga',
  'coimbra', 'bucharest', 'bucuresti', 'cluj napoca', 'cluj', 'iasi', 'timisoara', 'bratislava', 'kosice', 'ljubljana', 'madrid', 'barcelona', 'valencia',
  'seville', 'sevilla', 'malaga', 'bilbao', 'stockholm', 'gothenburg', 'goteborg', 'malmo', 'uppsala', 'reykjavik', 'vaduz', 'oslo', 'bergen', 'trondheim',
  'greater lisbon', 'greater paris', 'greater munich', 'greater madrid', 'greater dublin', 'berlin metropolitan area', 'randstad',
];
const OUTSIDE_PLACES = [
  'united states', 'united states of america', 'usa', 'us', 'canada', 'mexico', 'brazil', 'brasil', 'argentina', 'chile', 'colombia', 'india', 'china', 'japan',
  'south korea', 'korea', 'singapore', 'australia', 'new zealand', 'israel', 'turkey', 'turkiye', 'ukraine', 'russia', 'belarus', 'serbia', 'bosnia and herzegovina',
  'albania', 'north macedonia', 'moldova', 'georgia', 'armenia', 'egypt', 'nigeria', 'kenya', 'south africa', 'morocco', 'tunisia', 'pakistan', 'bangladesh',
  'vietnam', 'philippines', 'indonesia', 'malaysia', 'thailand', 'united kingdom', 'uk', 'england', 'scotland', 'wales', 'northern ireland', 'great britain',
  'switzerland', 'schweiz', 'suisse', 'svizzera', 'london', 'manchester', 'edinburgh', 'zurich', 'geneva', 'geneve', 'san francisco', 'new york', 'seattle',
  'toronto', 'vancouver', 'bangalore', 'bengaluru', 'sydney', 'melbourne', 'tokyo', 'tel aviv', 'kyiv', 'belgrade', 'istanbul', 'sao paulo', 'buenos aires',
  'california', 'texas', 'ca', 'ny', 'wa', 'tx', 'bay area', 'san francisco bay area',
];
const EU = new Set(EU_PLACES);
const OUTSIDE = new Set(OUTSIDE_PLACES);

export type Region = 'eu-eea' | 'outside' | 'unknown';

/** Where the profile says the person lives, as far as the EU/EEA is concerned. */
export function regionOf(profile: Pick<Profile, 'basics'>): Region {
  const location = profile.basics.location;
  const code = location?.countryCode?.trim().toUpperCase();
  if (code && /^[A-Z]{2}$/.test(code)) return EU_EEA.has(code) ? 'eu-eea' : 'outside';
  const text = [location?.address, location?.city, location?.region].filter(Boolean).join(', ');
  const parts = text
    .split(/[,/|·•]| - /)
    .map((p) => comparable(p).replace(/^(greater|metropolitan area of|metro)\s+/, '').replace(/\s+(bay area|metropolitan (area|region)|metro area|area|region)$/, ''))
    .filter(Boolean)
    .reverse();
  for (const part of parts) {
    if (EU.has(part)) return 'eu-eea';
    if (OUTSIDE.has(part)) return 'outside';
  }
  return 'unknown';
}

/** One calendar month after an ISO time, kept within the month (31 Jan → 28 Feb). */
export function oneMonthAfter(iso: string): Date {
  const start = new Date(iso);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1, start.getUTCHours(), start.getUTCMinutes()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return target;
}

export type NoticeState =
  | { kind: 'sent'; at: string }
  | { kind: 'due'; by: Date; region: 'eu-eea' | 'unknown'; overdue: boolean; /** Written to already: Art. 14(3)(b) made it due then. */ contactedFirst: boolean }
  | { kind: 'not-needed' };

/** Whether an Art. 14 notice is due for this candidate, and by when (one month from the first capture). */
export function noticeState(candidate: Pick<Candidate, 'firstCapturedAt' | 'contacted' | 'gdprNoticeAt' | 'profiles'>, profile: Pick<Profile, 'basics'>, now: Date): NoticeState {
  if (candidate.gdprNoticeAt) return { kind: 'sent', at: candidate.gdprNoticeAt };
  const region = regionOf(profile);
  if (region === 'outside') return { kind: 'not-needed' };
  const by = oneMonthAfter(candidate.firstCapturedAt);
  const contactedFirst = !!candidate.contacted && `${candidate.contacted.on}T23:59:59Z` < by.toISOString();
  return { kind: 'due', by, region, overdue: now > by || contactedFirst, contactedFirst };
}
