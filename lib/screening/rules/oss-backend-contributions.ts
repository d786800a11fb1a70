import { EVIDENCE_PER_FLAG, type Evidence } from '../evidence';
import { contributionEvidence, mergedContributions } from '../github';
import { sentenceEvidence } from '../reading';
import { raised, type FlagRule, type RuleInput } from '../rule';

/** Contributing upstream, in words. */
const CONTRIBUTED =
  /\b(?:contribut(?:ed|ing|or|ions?)|committer|core\s+team|merged\s+(?:pull\s+requests?|PRs?|patch(?:es)?)|upstream(?:ed)?|landed\s+(?:a\s+)?(?:patch|fix|PR)s?)\b/i;
/** ...to open source, not to the employer's codebase. */
const OPEN_SOURCE = /\bopen[\s-]?source\b|\bOSS\b|\bupstream\b|\bpull\s+requests?\b|\bPRs?\b|\bpatch(?:es)?\b|\bcommitter\b|\bcore\s+team\b|\bGitHub\b/i;
/** Their own library is not somebody else's project. */
const OWN_PROJECT = /\b(?:my\s+own|(?:my|personal)\s+(?:library|libraries|projects?|packages?|tools?)|author\s+of|creator\s+of)\b/i;

function textEvidence({ reading }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const sentence of reading.context) {
    const verb = CONTRIBUTED.exec(sentence.text);
    if (!verb || !OPEN_SOURCE.test(sentence.text) || OWN_PROJECT.test(sentence.text)) continue;
    // The project must be a backend, infrastructure, database or API project.
    const project = sentence.technologies.find((m) => m.technology.backend && m.technology.category !== 'cloud');
    if (!project) continue;
    out.push(sentenceEvidence(reading, sentence, Math.min(verb.index, project.index)));
    if (out.length >= EVIDENCE_PER_FLAG) break;
  }
  return out;
}

function githubEvidence({ github }: RuleInput): Evidence[] {
  return mergedContributions(github)
    .filter((pr) => pr.backend.value)
    .slice(0, EVIDENCE_PER_FLAG)
    .map((pr) => contributionEvidence(pr, pr.backend.reasons.slice(0, 2).join(', ') || undefined));
}

/**
 * Green when they had pull requests merged into somebody else's backend,
 * infrastructure, database or API project (on GitHub, or named in the text);
 * their own libraries and frontend projects do not count.
 */
export const ossBackendContributions: FlagRule = {
  id: 'oss-backend-contributions',
  kind: 'green',
  label: 'Open source contributions to backend projects',
  description:
    'They had pull requests merged into somebody else\'s backend, infrastructure, database or API project (on GitHub, or named in the text); their own libraries and frontend projects do not count.',
  evaluate(input) {
    return raised(textEvidence(input), githubEvidence(input));
  },
};
