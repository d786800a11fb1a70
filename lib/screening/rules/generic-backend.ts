import { EVIDENCE_PER_FLAG } from '../evidence';
import { profileEvidence, sentenceEvidence, type Sentence } from '../reading';
import type { FlagRule } from '../rule';
import { GENERIC_TECHNOLOGY_IDS } from '../../vocabulary/vocabulary';

const BACKEND_CLAIM = /\b(?:back[\s-]?end|server[\s-]?side)\b/gi;
/** "worked with the backend team" is about other people, not a claim. */
const PEOPLE_AFTER = /^\s+(?:teams?|engineers|developers|devs|colleagues|squads?|groups?|folks|people|counterparts|partners)\b/i;
const ABOUT_OTHERS_BEFORE = /\b(?:with|alongside|to|from|for|and|between|across|supporting|supported|partnered|paired|helped|liaised|liaising|coordinated|coordinating|collaborat\w*)\s+(?:the\s+|our\s+|a\s+)?$/i;

/** Where the sentence claims backend work for the person, or -1. */
export function backendClaimAt(text: string): number {
  BACKEND_CLAIM.lastIndex = 0;
  for (let m = BACKEND_CLAIM.exec(text); m !== null; m = BACKEND_CLAIM.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (PEOPLE_AFTER.test(after) && ABOUT_OTHERS_BEFORE.test(before)) continue;
    return m.index;
  }
  return -1;
}

/** Claims are read in the headline, the About and the roles (not projects or skills). */
function claimSentences(context: readonly Sentence[], listed: readonly Sentence[]): Sentence[] {
  return [...listed.filter((s) => s.place === 'headline'), ...context.filter((s) => s.place === 'summary' || s.place === 'work')];
}

/**
 * Yellow when the person claims backend or server-side work (headline, About
 * or a role) but their roles and projects name at most one concrete backend
 * technology; "microservices" or "databases" are not technologies.
 */
export const genericBackend: FlagRule = {
  id: 'generic-backend',
  kind: 'yellow',
  label: 'Generic "backend experience" without specifics',
  description:
    'They claim backend or server-side work (headline, About or a role) but their roles and projects name at most one concrete backend technology; "microservices" or "databases" are not technologies.',
  evaluate({ reading }) {
    const claims = [];
    for (const sentence of claimSentences(reading.context, reading.listed)) {
      const at = backendClaimAt(sentence.text);
      if (at !== -1) claims.push(sentenceEvidence(reading, sentence, at));
      if (claims.length >= EVIDENCE_PER_FLAG - 1) break;
    }
    if (claims.length === 0) return null;
    const concrete = new Map<string, string>();
    for (const sentence of reading.context) {
      for (const m of sentence.technologies) {
        if (m.technology.backend && !GENERIC_TECHNOLOGY_IDS.has(m.technology.id)) concrete.set(m.technology.id, m.technology.name);
      }
      if (concrete.size > 1) return null;
    }
    const names = [...concrete.values()];
    const summary =
      names.length === 0
        ? 'Roles and projects name no concrete backend technology.'
        : `Roles and projects name only one concrete backend technology: ${names[0]}.`;
    return [...claims, profileEvidence(reading, summary)];
  },
};
