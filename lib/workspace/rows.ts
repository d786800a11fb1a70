/**
 * What the side panel's table shows of a candidate (search, filters and sort
 * are in ./filter.ts; the page's own unsaved edits in ./patches.ts).
 *
 * A row is built once per stored candidate (10,000 rows take a few
 * milliseconds): it carries a lower-cased search text so a keystroke is one
 * `includes` per row, and no profile, so the table never walks work histories.
 */
import { displayProfile } from '../profile/identity';
import type { Profile } from '../profile/profile';
import type { Level } from '../screening/levels';
import type { Candidate, Stage, Verdict } from '../store/records';
import { aliasOf } from './labels';
import { hideIdentity, identityTerms } from './blind';

export interface ShortlistRow {
  id: string;
  /** The person's name as captured ('' when the page gave none). */
  name: string;
  /** "Candidate 7F3A": what blind mode shows instead of the name. */
  alias: string;
  headline: string;
  /** "Backend Engineer at Ledger Systems" (titleLine): what the card shows under the name. */
  title: string;
  /** The title line as blind mode shows it: the person's name, handles, schools and places hidden. */
  blindTitle: string;
  location: string;
  /** Role id → must-haves met of total, as the stored screening counted them. */
  roleMatches: Readonly<Record<string, { met: number; total: number }>>;
  /** null until the candidate has been screened. */
  level: Level | null;
  years: number | null;
  green: readonly string[];
  yellow: readonly string[];
  verdict: Verdict | null;
  stage: Stage;
  tags: readonly string[];
  /** Role ids whose shortlist holds this candidate. */
  shortlists: readonly string[];
  firstCapturedAt: string;
  updatedAt: string;
  githubUrl: string | null;
  linkedinUrl: string | null;
  /** Lower-cased headline, tags, skills, companies and alias: searched in every mode. */
  searchText: string;
  /** Lower-cased name, location and account names: searched only when names are shown. */
  identityText: string;
}

/**
 * Only http(s) links leave the extension; anything else (javascript:, data:)
 * is dropped. A pattern, not `new URL`, because 10,000 rows are built at once.
 */
export function httpUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(trimmed) ? trimmed : null;
}

/** "Lisbon, PT" from a JSON Resume location. */
export function locationText(profile: Profile): string {
  const l = profile.basics.location;
  if (!l) return '';
  return (
    [l.city, l.region, l.countryCode]
      .map((part) => part?.trim())
      .filter(Boolean)
      .join(', ') ||
    l.address?.trim() ||
    ''
  );
}

/** The candidate's GitHub and LinkedIn pages: as captured, as the profile links them, or from the ids. */
export function profileUrls(candidate: Pick<Candidate, 'profiles' | 'aliases' | 'githubLogin'>, shown?: Profile) {
  const profile = shown ?? displayProfile(candidate);
  const linkOf = (network: string) =>
    profile.basics.profiles?.find((p) => p.network?.toLowerCase() === network && httpUrl(p.url))?.url;
  const login = candidate.githubLogin ?? candidate.aliases.find((a) => a.startsWith('github:'))?.slice('github:'.length);
  const slug = candidate.aliases.find((a) => a.startsWith('linkedin:'))?.slice('linkedin:'.length);
  const github =
    httpUrl(candidate.profiles.github?.capture?.url) ??
    httpUrl(linkOf('github')) ??
    (login ? `https://github.com/${encodeURIComponent(login)}` : null);
  const linkedin =
    httpUrl(candidate.profiles.linkedin?.capture?.url) ??
    httpUrl(linkOf('linkedin')) ??
    (slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` : null);
  return { github, linkedin };
}

/**
 * "Backend Engineer at Ledger Systems": the latest role (profiles list the
 * current one first), else the headline, else the company a GitHub profile
 * names, else its bio, so a GitHub-only person never shows an empty line.
 */
export function titleLine(profile: Profile): string {
  const latest = profile.work[0];
  const position = latest?.position?.trim();
  const company = latest?.name?.trim();
  if (position && company) return `${position} at ${company}`;
  const headline = profile.basics.label?.trim();
  if (headline) return headline;
  if (position) return position;
  if (company) return `Works at ${company}`;
  // A GitHub bio is the line GitHub itself shows under the name.
  const bio = profile.basics.summary?.replace(/\s+/g, ' ').trim() ?? '';
  return bio.length > 90 ? `${bio.slice(0, bio.lastIndexOf(' ', 88) > 40 ? bio.lastIndexOf(' ', 88) : 88)}…` : bio;
}

export function toRow(candidate: Candidate): ShortlistRow {
  const profile = displayProfile(candidate);
  const name = profile.basics.name?.trim() ?? '';
  const headline = profile.basics.label?.trim() ?? '';
  const location = locationText(profile);
  const alias = aliasOf(candidate);
  const screening = candidate.screening;
  const urls = profileUrls(candidate, profile);
  const companies = profile.work.map((w) => w.name ?? '').join(' ');
  const title = titleLine(profile);
  const skills = profile.skills.map((s) => s.name ?? '').join(' ');
  return {
    id: candidate.id,
    name,
    alias,
    headline,
    title,
    blindTitle: title ? hideIdentity(title, identityTerms(candidate)) : '',
    location,
    roleMatches: screening?.roleMatches ?? {},
    level: screening?.level ?? null,
    years: screening?.years ?? null,
    green: screening?.green ?? [],
    yellow: screening?.yellow ?? [],
    verdict: candidate.verdict,
    stage: candidate.stage,
    tags: candidate.tags,
    shortlists: candidate.shortlists,
    firstCapturedAt: candidate.firstCapturedAt,
    updatedAt: candidate.updatedAt,
    githubUrl: urls.github,
    linkedinUrl: urls.linkedin,
    searchText: [alias, headline, candidate.tags.join(' '), companies, skills].join('\n').toLowerCase(),
    identityText: [name, location, candidate.aliases.join(' ')].join('\n').toLowerCase(),
  };
}

/** What the table shows in the name column: the alias in blind mode, else the name (or the account). */
export function shownName(row: Pick<ShortlistRow, 'name' | 'alias' | 'id'>, blind: boolean): string {
  if (blind) return row.alias;
  return row.name || row.id.replace(/^[a-z]+:/, '');
}

/** The profile Enter opens: LinkedIn (where people write their career), else GitHub. */
export function profileUrlOf(row: Pick<ShortlistRow, 'githubUrl' | 'linkedinUrl'>): string | null {
  return row.linkedinUrl ?? row.githubUrl;
}
