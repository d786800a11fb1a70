/**
 * Evidence as a recruiter reads it (popup and side-panel detail): each flag
 * with its strongest words inline and where they were written ("About",
 * "Experience · Ledger Systems"), the rest on demand, and every quotation
 * shown once however many flags or must-haves it supports.
 *
 * The screening result carries each piece of evidence as a source and a text;
 * it does not say where in the profile the words sit, nor whether the text is
 * the person's own words or the product's statement ("Nothing about tests…").
 * Both are read back here: a text found in the profile is a quotation and
 * takes the name of the section that holds it; a text from a profile that is
 * found nowhere in it is the product's finding, and is worded as one.
 */
import type { Profile } from '../profile/profile';
import type { GitHubEvidence } from '../profile/github-evidence';
import type { Evidence, Flag } from '../screening/evidence';
import type { Probe } from '../screening/probes';
import type { RoleMatch } from '../screening/role';

export type EvidenceItem =
  /** The person's own words, with the section they were written in. */
  | { kind: 'quote'; text: string; place: string; key: string }
  /** A repository or a pull request, with its page. */
  | { kind: 'github'; title: string; detail: string; url: string | null; key: string }
  /** What Backend Scout concluded from reading everything (an absence, a count). */
  | { kind: 'finding'; text: string; key: string };

export interface FlagView {
  id: string;
  kind: 'green' | 'yellow';
  label: string;
  /** The strongest evidence not already shown above; null when all of it was. */
  lead: EvidenceItem | null;
  /** The rest, shown on demand. */
  more: EvidenceItem[];
  /** When every piece of evidence was already shown: the flag that shows it. */
  sameAs: string | null;
  /** The screen-call questions that test a yellow flag. */
  probes: Array<Pick<Probe, 'question' | 'listenFor'>>;
}

export interface SkillView {
  skill: string;
  met: boolean;
  /** Evidence not already shown under a flag (custom skills such as "PostgreSQL"). */
  evidence: EvidenceItem | null;
}

export interface EvidenceView {
  flags: FlagView[];
  mustHave: SkillView[];
  niceToHave: SkillView[];
}

const SOURCE_NAMES: Record<string, string> = { linkedin: 'LinkedIn', resume: 'Résumé', github: 'GitHub' };

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
/** The words of an excerpt without the "…" marking where it was cut. */
const core = (text: string) => squash(text.replace(/^…|…$/g, ''));

interface Section {
  place: string;
  text: string;
}

/** The profile's text, section by section, in the words a recruiter sees on the page. */
export function profileSections(profile: Profile): Section[] {
  const sections: Section[] = [];
  const github = profile.capture?.source === 'github';
  const add = (place: string, ...parts: Array<string | undefined | null>) => {
    const text = squash(parts.filter(Boolean).join(' \n '));
    if (text) sections.push({ place, text });
  };
  add(github ? 'GitHub bio' : 'About', profile.basics.summary);
  for (const work of profile.work) {
    add(work.name ? `Experience · ${work.name}` : 'Experience', work.position, work.summary, work.description, ...(work.highlights ?? []));
  }
  for (const project of profile.projects) {
    add(project.name ? `Project · ${project.name}` : 'Projects', project.name, project.description, ...(project.highlights ?? []), ...(project.keywords ?? []));
  }
  add('Headline', profile.basics.label);
  add('Skills', ...profile.skills.flatMap((s) => [s.name, ...(s.keywords ?? [])]));
  for (const e of profile.education) add(e.institution ? `Education · ${e.institution}` : 'Education', e.area, e.studyType, ...(e.courses ?? []));
  return sections;
}

/** Where in the profile these words were written, or null when they are not the person's words. */
export function placeOf(sections: readonly Section[], text: string): string | null {
  const words = core(text);
  if (words.length < 3) return null;
  return sections.find((s) => s.text.includes(words))?.place ?? null;
}

/** "Nothing about tests… in the LinkedIn profile." → "Found nothing about tests… in the LinkedIn profile." */
export function findingWords(text: string): string {
  const trimmed = text.trim();
  if (/^nothing about /i.test(trimmed)) return `Found nothing about ${trimmed.slice('nothing about '.length)}`;
  return trimmed;
}

/** One piece of evidence, classified and worded. */
export function evidenceItem(evidence: Evidence, sections: readonly Section[]): EvidenceItem {
  // The person's own words first, wherever they were read (a GitHub bio is GitHub's, and still theirs).
  const place = placeOf(sections, evidence.text);
  if (place) return { kind: 'quote', text: evidence.text, place, key: `quote:${core(evidence.text)}` };
  if (evidence.source === 'github') {
    // "owner/name: why" or "merged pull request to owner/name: "title" (why)": the subject links, the reason reads.
    const at = evidence.text.indexOf(': ');
    const title = at > 0 ? evidence.text.slice(0, at) : evidence.text;
    const detail = githubWords(at > 0 ? evidence.text.slice(at + 2) : '');
    return { kind: 'github', title, detail, url: evidence.url ?? null, key: `github:${evidence.url ?? evidence.text}` };
  }
  return { kind: 'finding', text: findingWords(evidence.text), key: `finding:${squash(evidence.text)}` };
}

/** GitHub's words made a recruiter's: "topic: grpc" is how the owner tagged the repository. */
export function githubWords(detail: string): string {
  return detail.replace(/\btopics?: /g, 'tagged ');
}

/** Quotations and repositories are stronger than the product's own statements. */
const strength = (item: EvidenceItem) => (item.kind === 'finding' ? 1 : 0);

/**
 * Flags (green, then yellow, as the screening ordered them), the role's
 * skills, each piece of evidence once. A flag whose every piece leads an
 * earlier flag points to it instead of repeating it.
 */
export function evidenceView(
  result: { flags: readonly Flag[]; probes: readonly Probe[]; role: RoleMatch },
  profile: Profile,
): EvidenceView {
  const sections = profileSections(profile);
  const ordered = [...result.flags.filter((f) => f.kind === 'green'), ...result.flags.filter((f) => f.kind === 'yellow')];
  const items = ordered.map((flag) => dedupe(flag.evidence.map((e) => evidenceItem(e, sections))).sort((a, b) => strength(a) - strength(b)));
  // First every flag's lead, so a flag leads with words of its own whenever it has any;
  // then the rest, each under the first flag that has it and is not led by it elsewhere.
  const shownBy = new Map<string, string>();
  const leads = ordered.map((flag, i) => {
    const lead = items[i]!.find((item) => !shownBy.has(item.key)) ?? null;
    if (lead) shownBy.set(lead.key, flag.label);
    return lead;
  });
  const flags = ordered.map((flag, i): FlagView => {
    const lead = leads[i] ?? null;
    const more = items[i]!.filter((item) => item !== lead && !shownBy.has(item.key));
    for (const item of more) shownBy.set(item.key, flag.label);
    return {
      id: flag.id,
      kind: flag.kind,
      label: flag.label,
      lead,
      more,
      sameAs: lead === null && items[i]!.length > 0 ? (shownBy.get(items[i]![0]!.key) ?? null) : null,
      probes: result.probes.filter((p) => p.flag === flag.id).map(({ question, listenFor }) => ({ question, listenFor })),
    };
  });
  const skill = (match: RoleMatch['mustHave'][number]): SkillView => {
    const fresh = match.evidence.map((e) => evidenceItem(e, sections)).find((item) => !shownBy.has(item.key)) ?? null;
    if (fresh) shownBy.set(fresh.key, match.skill);
    return { skill: match.skill, met: match.met, evidence: match.met ? fresh : null };
  };
  return { flags, mustHave: result.role.mustHave.map(skill), niceToHave: result.role.niceToHave.map(skill) };
}

function dedupe(items: EvidenceItem[]): EvidenceItem[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.key) ? false : (seen.add(item.key), true)));
}

/** "LinkedIn", "Résumé", "GitHub": where a statement came from when no section holds it. */
export const sourceName = (source: string) => SOURCE_NAMES[source] ?? source;

/**
 * "GitHub: 14 repositories read, 2 merged pull requests to others' backend
 * projects": the analysis in one line, the detail behind it.
 */
export function githubSummary(evidence: GitHubEvidence | undefined | null): string | null {
  if (!evidence) return null;
  const repos = evidence.repositories.length;
  const backend = evidence.contributions.filter((c) => c.backend.value).length;
  const merged = evidence.contributions.length;
  const parts = [`${repos} ${repos === 1 ? 'repository' : 'repositories'} read`];
  if (backend > 0) parts.push(`${backend} merged pull ${backend === 1 ? 'request' : 'requests'} to others' backend projects`);
  else if (merged > 0) parts.push(`${merged} merged pull ${merged === 1 ? 'request' : 'requests'} to others' projects`);
  else parts.push('no merged pull requests to others’ projects');
  return `GitHub: ${parts.join(', ')}`;
}
