import { TEST_ROOT_NAMES, ownedRepositories, repositoryTechnologies } from '../github';
import { anywhere, profileEvidence } from '../reading';
import { hasSomethingToRead, whatWasRead, type FlagRule } from '../rule';
import { TESTING_WORDS } from './testing-deployment';

/** Review and quality practice, in generic words. */
const QUALITY_WORDS =
  /\bQA\b|\bquality\s+(?:assurance|engineering|gates?|standards|control)\b|\bcode\s+quality\b|\bcode\s+reviews?\b|\breview(?:ed|ing|s)?\s+(?:of\s+)?(?:code|pull\s+requests|PRs|merge\s+requests)\b|\bpeer[\s-]review\w*|\bpull\s+requests?\b|\blint\w*|\bstatic\s+analysis\b|\bSonar\w*|\brefactor\w*|\bclean\s+code\b|\bpair\s+programming\b|\bcoverage\b/i;

/**
 * Yellow when nothing anywhere in the profile (skills included) or their
 * repositories mentions tests, code review, CI or any quality practice.
 */
export const noTestingOrQuality: FlagRule = {
  id: 'no-testing-or-quality',
  kind: 'yellow',
  label: 'No mention of testing or code quality',
  description:
    'Nothing anywhere in the profile (skills included) or their repositories mentions tests, code review, CI or any quality practice.',
  evaluate(input) {
    const { reading, github } = input;
    if (!hasSomethingToRead(input)) return null;
    const mentioned = anywhere(
      reading,
      (s) =>
        TESTING_WORDS.test(s.text) ||
        QUALITY_WORDS.test(s.text) ||
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
