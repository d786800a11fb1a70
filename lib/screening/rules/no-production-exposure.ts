import { DEPLOY_ROOT_NAMES, ownedRepositories } from '../github';
import { anywhere, profileEvidence } from '../reading';
import { hasSomethingToRead, whatWasRead, type FlagRule } from '../rule';

/** "production" as software running for real, not "video production" or a "production line". */
const PRODUCTION =
  /(?<!\b(?:video|film|music|tv|television|media|content|audio|theat(?:er|re)|stage|event|events|print|post|food|crop|oil|gas|manufacturing|radio|podcast|animation|art|fashion|garment|textile|farm|dairy|energy|steel|film\/video)[\s-])\bproduction(?![\s-](?:lines?|floor|plant|crew|house|company|companies|assistant|coordinator|designer|studio|values|schedule|manager|planning|cost|costs|volume))\b/i;
/** Generic words count as mentions: "deployments", "release", "went live", "on-call". */
const OPERATIONS_WORDS =
  /\bdeploy\w*|(?<!\bpress\s)\breleas(?:e|ed|es|ing)\b(?!\s+(?:form|notes?\s+for\s+the\s+press))|\blive\s+(?:site|traffic|users|systems?|environment|services?)\b|\blaunch(?:ed|ing)?\b|\bshipp?(?:ed|ing)\s+(?:to|features?|code)\b|\bon[\s-]call\b|\bincidents?\b|\boutages?\b|\buptime\b|\bSL[OA]s?\b|\bmonitoring\b|\bdev\s?ops\b|\bSRE\b|\bsite\s+reliability\b|\bused\s+by\s+[\d,.]+\s*[kKM]?\+?\s+(?:users|customers|people|developers)\b|\b[\d,.]+\s*[kKM]?\+?\s+(?:daily\s+|monthly\s+|active\s+)*users\b|\bhosting\b|\bhosted\b|\bin\s+the\s+cloud\b/i;

const DEPLOY_WORKFLOW = /deploy|release|publish|\bcd\b|delivery/i;

/**
 * Yellow when nothing anywhere in the profile (skills included) or their
 * repositories mentions production, deployments, releases, operations or users served.
 */
export const noProductionExposure: FlagRule = {
  id: 'no-production-exposure',
  kind: 'yellow',
  label: 'Missing production exposure',
  description:
    'Nothing anywhere in the profile (skills included) or their repositories mentions production, deployments, releases, operations, cloud or container tools, or users served.',
  evaluate(input) {
    const { reading, github } = input;
    if (!hasSomethingToRead(input)) return null;
    const mentioned = anywhere(
      reading,
      (s) =>
        PRODUCTION.test(s.text) ||
        OPERATIONS_WORDS.test(s.text) ||
        s.technologies.some((m) => ['cloud', 'container', 'ci', 'observability'].includes(m.technology.category)),
    );
    if (mentioned) return null;
    const inRepos = ownedRepositories(github).some(
      (repo) =>
        (repo.workflows ?? []).some((w) => DEPLOY_WORKFLOW.test(w)) ||
        (repo.rootFiles ?? []).some((name) => DEPLOY_ROOT_NAMES.test(name)),
    );
    if (inRepos) return null;
    return [profileEvidence(reading, `Nothing about production, deployments, operations or users served in ${whatWasRead(input)}.`)];
  },
};
