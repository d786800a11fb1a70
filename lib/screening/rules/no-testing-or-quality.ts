import { TEST_ROOT_NAMES, ownedRepositories, repositoryTechnologies } from '../github';
import { anywhere, profileEvidence } from '../reading';
import { ABSENCE_SECTIONS, hasSomethingToRead, partlyShown, whatWasRead, type FlagRule } from '../rule';
import { matches, wordRegex } from '../../vocabulary/words';
import { CI_WORD, TESTING_WORDS, testingEvidence } from './testing-deployment';
import { FLAG_LABELS } from '../flag-names';

/** Review and quality practice, in generic words, in the six languages. */
const QUALITY_WORDS = wordRegex(
  [
    String.raw`\bqa\b|\bquality\s+(?:assurance|engineering|gates?|standards|control)\b|\bcode\s+quality\b|\bcode[\s-]reviews?\b|\breview(?:ed|ing|s)?\s+(?:of\s+)?(?:code|pull\s+requests|prs|merge\s+requests)\b|\bpeer[\s-]review\w*|\bpull\s+requests?\b|\bmerge\s+requests?\b|\blint\w*|\bstatic\s+analysis\b|\bsonar\w*|\brefactor\w*|\bclean\s+code\b|\bpair\s+programming\b|\bcoverage\b|\bpen(?:etration)?[\s-]?test\w*|\bsecurity\s+test\w*|\brecettes?\b`,
    String.raw`\b(?:revue|relecture)s?\s+de\s+code\b|\bqualite\s+(?:du\s+code|logicielle|de\s+code)\b|\bcodequalitat\b|\bcode-?qualitat\b|\brevision(?:es)?\s+de\s+codigo\b|\bcalidad\s+del?\s+(?:codigo|software)\b|\brevisao\s+de\s+codigo\b|\bqualidade\s+(?:de|do)\s+(?:codigo|software)\b|\bprzeglad\w*\s+kodu\b|\bjakosc\w*\s+kodu\b|\brefaktoryzacj\w*`,
  ].join('|'),
  'i',
  /qa|quality|review|pull|merge|lint|static|sonar|refactor|clean|pair|coverage|revue|relecture|qualit|revision|calidad|revisao|przeglad|jakosc|refaktor|test|recette/,
);

/**
 * Yellow when nothing anywhere in the profile (skills included) or their
 * repositories mentions tests, code review, CI or any quality practice; never
 * beside testing-deployment, whose evidence is the first thing it reads.
 */
export const noTestingOrQuality: FlagRule = {
  id: 'no-testing-or-quality',
  kind: 'yellow',
  label: FLAG_LABELS['no-testing-or-quality'],
  description:
    'Nothing anywhere in the profile (skills included) or their repositories mentions tests, code review, CI or any quality practice; not raised when sections were only partly shown.',
  evaluate(input) {
    const { reading, github, profile } = input;
    if (!hasSomethingToRead(input)) return null;
    if (partlyShown(profile, ABSENCE_SECTIONS).length > 0) return null;
    // One notion of "mentioned": the green flag's own evidence first, then generic words anywhere.
    if (testingEvidence(input).length > 0) return null;
    const mentioned = anywhere(
      reading,
      (s) =>
        matches(TESTING_WORDS, s.folded) ||
        CI_WORD.test(s.text) ||
        matches(QUALITY_WORDS, s.folded) ||
        s.technologies.some((m) => m.technology.category === 'testing' || m.technology.category === 'ci'),
    );
    if (mentioned) return null;
    const inRepos = ownedRepositories(github).some(
      (repo) =>
        (repo.workflows ?? []).length > 0 ||
        (repo.rootFiles ?? []).some((name) => TEST_ROOT_NAMES.test(name)) ||
        repositoryTechnologies(repo).some((rt) => rt.technology.category === 'testing' || rt.technology.category === 'ci'),
    );
    if (inRepos) return null;
    return [profileEvidence(reading, `Nothing about tests, code review, CI or quality practice in ${whatWasRead(input)}.`)];
  },
};
