import { EVIDENCE_PER_FLAG, type Evidence } from '../evidence';
import { DEPLOY_ROOT_NAMES, TEST_ROOT_NAMES, ownedRepositories, repositoryEvidence, repositoryTechnologies } from '../github';
import { isMention } from '../reading';
import { memo, patternEvidence, raised, technologyEvidence, type FlagRule, type RuleInput } from '../rule';
import { wordRegex } from '../../vocabulary/words';
import { FLAG_LABELS } from '../flag-names';

/**
 * Tests and delivery pipelines in words, in the six languages (written
 * without accents: they run on folded text). "A/B tests", "split tests",
 * "usability testing" and "user tests" are experiments and research, not
 * software tests.
 */
export const TESTING_WORDS = wordRegex(
  [
    // English
    String.raw`\b(?<!\ba\/b[\s-]|\bsplit\s|\busability\s|\buser\s|\bmarket\s|\bbeta\s|\bblood\s|\bdrug\s|\bclinical\s|\bstandardi[sz]ed\s|\blanguage\s|\benglish\s|\baptitude\s|\bpersonality\s|\bcovid\s|\bpcr\s|\blab\s|\bfield\s|\bemission\s|\bcrash\s|\bpenetration\s|\bpen\s|\bsecurity\s|\bvulnerability\s)(?:(?:unit|integration|end[\s-]to[\s-]end|e2e|contract|load|regression|automated|automation|acceptance|smoke|api|performance|snapshot|property[\s-]based|mutation|stress|functional|component|ui)[\s-](?:tests?|testing)|tests|testing)\b`,
    String.raw`\btest[\s-](?:automation|suites?|coverage|framework|pyramid|harness|plans?|cases?|strategy|strategies|driven)\b|\btdd\b|\bbdd\b|\bci\s?\/\s?cd\b|\bcontinuous\s+(?:integration|delivery|deployment)\b|\b(?:deployment|release|build|delivery|ci|cd|gitlab|github|bitbucket|azure|jenkins)\s+pipelines?\b|\bqa\s+automation\b`,
    // French
    String.raw`\btests?\s+(?:unitaires?|d\s?integration|automatises?|fonctionnels?|de\s+charge|de\s+non[\s-]regression|e2e|end[\s-]to[\s-]end)\b|\bintegration\s+continue\b|\b(?:deploiement|livraison)\s+continu[e]?\b|\bchaine\s+(?:ci|de\s+deploiement)\b`,
    // German
    String.raw`\b(?:unit|integrations|last|regressions|akzeptanz|end[\s-]to[\s-]end|e2e|komponenten)[\s-]?tests?\b|\btestautomatisierung\b|\btestabdeckung\b|\bautomatisierte[n]?\s+tests\b|\bkontinuierliche\s+integration\b`,
    // Spanish
    String.raw`\bpruebas(?:\s+(?:unitarias|de\s+integracion|automatizadas|e2e|de\s+carga|funcionales|de\s+regresion|de\s+rendimiento))?\b|\b(?:integracion|entrega|despliegue)\s+continu[ao]\b`,
    // Portuguese
    String.raw`\btestes(?:\s+(?:unitarios|de\s+integracao|automatizados|e2e|de\s+carga|funcionais|de\s+regressao))?\b|\b(?:integracao|entrega|implantacao)\s+continua\b`,
    // Polish
    String.raw`\btesty(?:\s+(?:jednostkowe|integracyjne|automatyczne|e2e|wydajnosciowe|regresyjne))?\b|\btestow\b|\btestowanie\b|\bautomatyzacj[aei]\s+testow\b|\bciagl[aej]\s+integracj[aei]\b`,
  ].join('|'),
  'i',
  /test|tdd|bdd|ci|cd|continu|pipeline|qa|prueba|integra|deploiement/,
);

/** "CI" in capitals only: "ci" is a Polish word, and a short word never matches inside a longer one ("dostępności"). */
export const CI_WORD = /(?<![\p{L}\p{N}_])CI(?![\p{L}\p{N}_])/u;

const TOOL_CATEGORIES = new Set(['testing', 'ci', 'container']);

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
      if (TOOL_CATEGORIES.has(rt.technology.category)) why.push(rt.reason);
    }
    if (why.length === 0) continue;
    out.push(repositoryEvidence(repo, [...new Set(why)].join('; ')));
    if (out.length >= EVIDENCE_PER_FLAG) break;
  }
  return out;
}

/**
 * The flag's evidence, computed once per screening: read by this rule and by
 * no-testing-or-quality, which is never raised beside it.
 */
export function testingEvidence(input: RuleInput): Evidence[] {
  return memo(input, 'testing-deployment', () => {
    const { reading } = input;
    const words = patternEvidence(reading, reading.context, TESTING_WORDS);
    const ci =
      words.length >= EVIDENCE_PER_FLAG
        ? []
        : patternEvidence(reading, reading.context, CI_WORD, (s, m) => !isMention(s, m.index), EVIDENCE_PER_FLAG - words.length);
    const tools =
      words.length + ci.length >= EVIDENCE_PER_FLAG
        ? []
        : technologyEvidence(reading, (m) => TOOL_CATEGORIES.has(m.technology.category), EVIDENCE_PER_FLAG - words.length - ci.length);
    const text = [...words, ...ci, ...tools].filter((e, i, all) => all.findIndex((o) => o.text === e.text) === i);
    return [...text, ...githubEvidence(input)];
  });
}

/**
 * Green when a role or project mentions tests, TDD, CI/CD or a pipeline,
 * Docker or Kubernetes, or their own repositories have test folders, CI
 * workflows or container files; A/B tests are experiments, not tests.
 */
export const testingDeployment: FlagRule = {
  id: 'testing-deployment',
  kind: 'green',
  label: FLAG_LABELS['testing-deployment'],
  description:
    'A role or project mentions tests, TDD, CI/CD or a pipeline (GitLab Pipelines, Jenkins), Docker or Kubernetes, or their own repositories have test folders, CI workflows or container files; A/B tests are experiments, not tests.',
  evaluate(input) {
    return raised(testingEvidence(input));
  },
};
