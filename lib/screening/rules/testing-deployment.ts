import { EVIDENCE_PER_FLAG, type Evidence } from '../evidence';
import { DEPLOY_ROOT_NAMES, TEST_ROOT_NAMES, ownedRepositories, repositoryEvidence, repositoryTechnologies } from '../github';
import { patternEvidence, raised, technologyEvidence, type FlagRule, type RuleInput } from '../rule';

/**
 * Tests and delivery pipelines in words. "A/B tests", "split tests" and
 * "usability testing" are experiments and research, not software tests.
 */
export const TESTING_WORDS =
  /(?<!\bA\/B\s|\bA\/B[\s-]|\bsplit\s|\busability\s|\buser\s|\bmarket\s|\bbeta\s|\bblood\s|\bdrug\s|\bstandardi[sz]ed\s)\b(?:(?:unit|integration|end[\s-]to[\s-]end|e2e|contract|load|regression|automated|automation|acceptance|smoke|API|performance|snapshot|property[\s-]based|mutation)[\s-](?:tests?|testing)|tests|testing)\b|\btest[\s-](?:automation|suites?|coverage|framework|pyramid|harness|plans?|cases?)\b|\bTDD\b|\bBDD\b|\btest[\s-]driven\b|\bCI\s?\/\s?CD\b|\bCI\b|\bcontinuous\s+(?:integration|delivery|deployment)\b|\b(?:deployment|release|build|delivery)\s+pipelines?\b|\bQA\s+automation\b/i;

function githubEvidence({ github }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const repo of ownedRepositories(github)) {
    const why: string[] = [];
    const roots = repo.rootFiles ?? [];
    const tests = roots.filter((name) => TEST_ROOT_NAMES.test(name));
    if (tests.length > 0) why.push(`test folder ${tests.slice(0, 2).join(', ')}`);
    if ((repo.workflows ?? []).length > 0) why.push(`CI workflows ${(repo.workflows ?? []).slice(0, 2).join(', ')}`);
    const deploy = roots.filter((name) => DEPLOY_ROOT_NAMES.test(name));
    if (deploy.length > 0) why.push(deploy.slice(0, 2).join(', '));
    for (const rt of repositoryTechnologies(repo)) {
      if (rt.technology.category === 'testing' || rt.technology.category === 'ci' || rt.technology.category === 'container')
        why.push(rt.reason);
    }
    if (why.length === 0) continue;
    out.push(repositoryEvidence(repo, [...new Set(why)].join('; ')));
    if (out.length >= EVIDENCE_PER_FLAG) break;
  }
  return out;
}

/**
 * Green when a role or project mentions tests, TDD, CI/CD, Docker or
 * Kubernetes, or their own repositories have test folders, CI workflows or
 * container files; A/B tests are experiments, not tests.
 */
export const testingDeployment: FlagRule = {
  id: 'testing-deployment',
  kind: 'green',
  label: 'Testing and deployment pipelines',
  description:
    'A role or project mentions tests, TDD, CI/CD, Docker or Kubernetes, or their own repositories have test folders, CI workflows or container files; A/B tests are experiments, not tests.',
  evaluate(input) {
    const { reading } = input;
    const words = patternEvidence(reading, reading.context, TESTING_WORDS);
    const tools =
      words.length >= EVIDENCE_PER_FLAG
        ? []
        : technologyEvidence(
            reading,
            (m) => ['testing', 'ci', 'container'].includes(m.technology.category),
            EVIDENCE_PER_FLAG - words.length,
          );
    const text = [...words, ...tools].filter((e, i, all) => all.findIndex((o) => o.text === e.text) === i);
    return raised(text, githubEvidence(input));
  },
};
