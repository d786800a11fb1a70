import { EVIDENCE_PER_FLAG } from '../evidence';
import { ownedRepositories, repositoryTechnologies } from '../github';
import { isMention, profileEvidence, sentenceEvidence, type Sentence } from '../reading';
import type { FlagRule } from '../rule';
import { GENERIC_TECHNOLOGY_IDS } from '../../vocabulary/vocabulary';
import { fold, wordRegex } from '../../vocabulary/words';
import { FLAG_LABELS } from '../flag-names';

/** A backend claim, in the six languages ("Backend-Entwickler", "côté serveur", "po stronie serwera"). */
const BACKEND_CLAIM = wordRegex(
  String.raw`\bback[\s-]?end|\bserver[\s-]?side\b|\bcote\s+serveur\b|\bserverseitig\w*|\blado\s+(?:del|do)\s+servidor\b|\bpo\s+stronie\s+serwera\b`,
  'gi',
);
/** "worked with the backend team" is about other people, not a claim. */
const PEOPLE_AFTER = /^[\s-]+(?:teams?|engineers|developers|devs|colleagues|squads?|groups?|folks|people|counterparts|partners|equipe|team|equipo|zespol)\b/i;
/** "Aspiring backend developer", "future développeur back-end": a wish, not a claim of work. */
const WISH_BEFORE = /\b(?:aspiring|future|wannabe|would[\s-]be|want\s+to\s+(?:be(?:come)?|work\s+(?:as|in|on))|hoping\s+to\s+(?:be(?:come)?|work)|aspirant(?:e)?|futur(?:e)?|angehende[rn]?|aspirante|futuro|futura|przyszl\w*)(?:\s+\w+){0,2}\s*$/i;
const ABOUT_OTHERS_BEFORE = /\b(?:with|alongside|to|from|for|and|between|across|supporting|supported|partnered|paired|helped|liaised|liaising|coordinated|coordinating|collaborat\w*|avec|mit|con|com|z)\s+(?:the\s+|our\s+|a\s+|l\s?|le\s+|la\s+|dem\s+|el\s+|o\s+)?$/i;

/** Where the sentence claims backend work for the person, or -1. */
export function backendClaimAt(text: string): number {
  const folded = fold(text);
  BACKEND_CLAIM.lastIndex = 0;
  for (let m = BACKEND_CLAIM.exec(folded); m !== null; m = BACKEND_CLAIM.exec(folded)) {
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    if (PEOPLE_AFTER.test(after) && ABOUT_OTHERS_BEFORE.test(before)) continue;
    if (WISH_BEFORE.test(before)) continue;
    return m.index;
  }
  return -1;
}

/** Claims are read in the headline, the About and the roles (not projects, skills or the technologies listed under a role). */
function claimSentences(context: readonly Sentence[], listed: readonly Sentence[]): Sentence[] {
  return [...listed.filter((s) => s.place === 'headline'), ...context.filter((s) => (s.place === 'summary' || s.place === 'work') && !s.keyword)];
}

/**
 * Yellow when the person claims backend or server-side work (headline, About
 * or a role) but their roles, projects and own backend repositories name at
 * most one concrete backend technology; "microservices" or "databases" are
 * not technologies.
 */
export const genericBackend: FlagRule = {
  id: 'generic-backend',
  kind: 'yellow',
  label: FLAG_LABELS['generic-backend'],
  description:
    'They claim backend or server-side work (headline, About or a role) but their roles, projects and own backend repositories name at most one concrete backend technology; "microservices" or "databases" are not technologies.',
  evaluate({ reading, github }) {
    const claims = [];
    for (const sentence of claimSentences(reading.context, reading.listed)) {
      const at = backendClaimAt(sentence.text);
      if (at === -1 || isMention(sentence, at)) continue;
      claims.push(sentenceEvidence(reading, sentence, at));
      if (claims.length >= EVIDENCE_PER_FLAG - 1) break;
    }
    if (claims.length === 0) return null;
    const concrete = new Map<string, string>();
    for (const sentence of reading.context) {
      for (const m of sentence.used) {
        if (m.technology.backend && !GENERIC_TECHNOLOGY_IDS.has(m.technology.id)) concrete.set(m.technology.id, m.technology.name);
      }
      if (concrete.size > 1) return null;
    }
    // Their own backend repositories speak for them too (a Go, PostgreSQL and Kafka project is specific).
    for (const repo of ownedRepositories(github)) {
      if (!repo.backend.value) continue;
      for (const rt of repositoryTechnologies(repo)) {
        if (rt.technology.backend && !GENERIC_TECHNOLOGY_IDS.has(rt.technology.id)) concrete.set(rt.technology.id, rt.technology.name);
      }
      if (concrete.size > 1) return null;
    }
    const names = [...concrete.values()];
    const where = github ? 'Roles, projects and own backend repositories' : 'Roles and projects';
    const summary =
      names.length === 0
        ? `${where} name no concrete backend technology.`
        : `${where} name only one concrete backend technology: ${names[0]}.`;
    return [...claims, profileEvidence(reading, summary)];
  },
};
