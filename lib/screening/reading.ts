/**
 * A profile read once for all rules: its context sentences (what the person
 * did) and its listed items (skills, headline), each with the technologies
 * it names and which of those it only mentions. Rules share this reading,
 * so a profile is scanned once.
 *
 * Context (DOMAIN.md): the About summary, each role's position, summary and
 * highlights, each project's name, description and highlights, and the
 * technologies listed under one role or project (they say what that work
 * used). The profile-wide skills list and the headline are listed, not
 * context.
 */
import type { Profile } from '../profile/profile';
import { classifyRole, type PositionKind } from './careers';
import type { Evidence, EvidenceSource } from './evidence';
import { excerpt } from './evidence';
import { TEACHING_TITLE, insideSpans, mentionSpans, type Span } from './mention';
import { findTechnologies, type TechnologyMatch } from '../vocabulary/vocabulary';
import { fold } from '../vocabulary/words';

export type Place = 'summary' | 'work' | 'project' | 'headline' | 'skills' | 'other';

export interface Sentence {
  text: string;
  /** The text folded (lower case, no accents, every letter ASCII) for the multilingual word patterns; same length as `text`. */
  folded: string;
  place: Place;
  /** Index of the work or project entry the sentence belongs to. */
  entry: number;
  /** A technology listed under a role or project (its `keywords`), not prose. */
  keyword: boolean;
  /** A role's position (its title). */
  title: boolean;
  /** Every technology the sentence names. */
  technologies: TechnologyMatch[];
  /** The technologies it names as used: not learned, followed or taught ("learning Go" names Go but does not use it). */
  used: TechnologyMatch[];
  /** The stretches that only mention (learning, following, teaching). */
  mentions: readonly Span[];
}

export interface ProfileReading {
  source: EvidenceSource;
  url: string | undefined;
  /** Sentences about what the person did. */
  context: Sentence[];
  /** The headline and every skill name and keyword, one item each. */
  listed: Sentence[];
  /** Everything else that is text (education, certificates, volunteering...). */
  other: Sentence[];
  /** Each work entry, judged by its title and description together. */
  positions: PositionKind[];
  /** True when the profile says anything at all (a summary, a role, a project or a skill). */
  hasContent: boolean;
}

// Sentence ends: ". " before a capital or digit, line breaks, bullets.
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(])|\s*[\r\n]+\s*|\s*[•·▪●◦]\s*|(?:^|\s)[-*–]\s+(?=\p{Lu})/u;

export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => s.replace(/^[-*–—·•]+\s*/, '').trim())
    .filter((s) => s.length > 0);
}

export function makeSentence(text: string, place: Place, entry: number, options: { keyword?: boolean; title?: boolean } = {}): Sentence {
  const folded = fold(text);
  const technologies = findTechnologies(text);
  // Only context can be used or merely mentioned: a teaching title names what is taught ("Python Instructor"); elsewhere, a cue starts a mention.
  const context = place === 'summary' || place === 'work' || place === 'project';
  const mentions: Span[] = !context
    ? []
    : options.title && TEACHING_TITLE.test(folded)
      ? [[0, text.length]]
      : mentionSpans(folded);
  const used = mentions.length === 0 ? technologies : technologies.filter((m) => !insideSpans(mentions, m.index));
  return { text, folded, place, entry, keyword: options.keyword ?? false, title: options.title ?? false, technologies, used, mentions };
}

function push(out: Sentence[], text: string | undefined, place: Place, entry: number, split = true, options: { keyword?: boolean; title?: boolean } = {}): void {
  if (text === undefined) return;
  const parts = split ? splitSentences(text) : [text.trim()];
  for (const part of parts) {
    if (part === '') continue;
    out.push(makeSentence(part, place, entry, options));
  }
}

export function readProfile(profile: Profile): ProfileReading {
  const context: Sentence[] = [];
  const listed: Sentence[] = [];
  const other: Sentence[] = [];

  push(context, profile.basics.summary, 'summary', -1);
  const roleSentences: Sentence[][] = [];
  profile.work.forEach((work, i) => {
    const start = context.length;
    push(context, work.position, 'work', i, false, { title: true });
    push(context, work.summary, 'work', i);
    for (const h of work.highlights ?? []) push(context, h, 'work', i);
    for (const k of work.keywords ?? []) push(context, k, 'work', i, false, { keyword: true });
    roleSentences.push(context.slice(start));
  });
  profile.projects.forEach((project, i) => {
    push(context, project.name, 'project', i, false);
    push(context, project.description, 'project', i);
    for (const h of project.highlights ?? []) push(context, h, 'project', i);
    for (const k of project.keywords ?? []) push(context, k, 'project', i, false, { keyword: true });
  });

  push(listed, profile.basics.label, 'headline', -1, false);
  profile.skills.forEach((skill, i) => {
    push(listed, skill.name, 'skills', i, false);
    for (const k of skill.keywords ?? []) push(listed, k, 'skills', i, false);
  });

  profile.work.forEach((work, i) => push(other, work.description, 'other', i));
  for (const v of profile.volunteer ?? []) {
    push(other, v.position, 'other', -1, false);
    push(other, v.summary, 'other', -1);
    for (const h of v.highlights ?? []) push(other, h, 'other', -1);
  }
  for (const e of profile.education) {
    push(other, e.area, 'other', -1, false);
    push(other, e.studyType, 'other', -1, false);
    for (const c of e.courses ?? []) push(other, c, 'other', -1, false);
  }
  for (const c of profile.certificates ?? []) push(other, c.name, 'other', -1, false);
  for (const a of profile.awards ?? []) {
    push(other, a.title, 'other', -1, false);
    push(other, a.summary, 'other', -1);
  }
  for (const p of profile.publications ?? []) {
    push(other, p.name, 'other', -1, false);
    push(other, p.summary, 'other', -1);
  }

  return {
    source: profile.capture?.source ?? 'resume',
    url: profile.capture?.url,
    context,
    listed,
    other,
    positions: profile.work.map((w, i) => classifyRole(w.position, roleSentences[i] ?? [])),
    hasContent:
      context.length > 0 || profile.skills.length > 0 || (profile.basics.label ?? '').trim() !== '',
  };
}

/** True when the words at `index` only mention (learning, following, teaching). */
export function isMention(sentence: Sentence, index: number): boolean {
  return sentence.mentions.length > 0 && insideSpans(sentence.mentions, index);
}

/** Text evidence from a sentence, cut around `index`. */
export function sentenceEvidence(reading: ProfileReading, sentence: Sentence, index = 0): Evidence {
  const evidence: Evidence = { source: reading.source, text: excerpt(sentence.text, index) };
  if (reading.url !== undefined) evidence.url = reading.url;
  return evidence;
}

/** Evidence that is a statement about the profile as a whole ("nothing about tests"). */
export function profileEvidence(reading: ProfileReading, text: string): Evidence {
  const evidence: Evidence = { source: reading.source, text };
  if (reading.url !== undefined) evidence.url = reading.url;
  return evidence;
}

/** Every piece of the profile's text: context, listed and other. */
export function allSentences(reading: ProfileReading): Sentence[][] {
  return [reading.context, reading.listed, reading.other];
}

/** True if any sentence anywhere in the profile passes `test`. */
export function anywhere(reading: ProfileReading, test: (s: Sentence) => boolean): boolean {
  return allSentences(reading).some((list) => list.some(test));
}
