import { DEPLOY_ROOT_NAMES, ownedRepositories } from '../github';
import { anywhere, profileEvidence } from '../reading';
import { ABSENCE_SECTIONS, hasSomethingToRead, partlyShown, whatWasRead, type FlagRule } from '../rule';
import { wordRegex } from '../../vocabulary/words';
import { mentionsScaleOrOperations, productionEvidence } from './production-scale';
import { FLAG_LABELS } from '../flag-names';

/**
 * "production" as software running for real, in the six languages, not
 * "video production" or a "production line".
 */
const PRODUCTION = wordRegex(
  String.raw`(?<!\b(?:video|film|music|tv|television|media|content|audio|theat(?:er|re)|stage|event|events|print|post|food|crop|oil|gas|manufacturing|radio|podcast|animation|art|fashion|garment|textile|farm|dairy|energy|steel|film\/video|audiovisuelle?|musicale|industrielle|agricole|cinematographique)[\s-])\b(?:production|produktion\w*|produktiv\w*|produccion|producao|produkcj\w*|produkcyjn\w*)(?![\s-](?:lines?|floor|plant|crew|house|company|companies|assistant|coordinator|designer|studio|values|schedule|manager|planning|cost|costs|volume|de\s+contenus?|audiovisuelle|musical|de\s+video|de\s+videos|de\s+eventos|linie|halle))\b`,
);
/** Generic words count as mentions: "deployments", "release", "went live", "mise en ligne", "wdrożenie". */
const OPERATIONS_WORDS = wordRegex(
  [
    String.raw`\bdeploy\w*|(?<!\bpress\s)\breleas(?:e|ed|es|ing)\b(?!\s+(?:form|notes?\s+for\s+the\s+press))|\blive\s+(?:site|traffic|users|systems?|environment|services?)\b|\blaunch(?:ed|ing)?\b|\bshipp?(?:ed|ing)\s+(?:to|features?|code)\b|\bmonitoring\b|\bdev\s?ops\b|\bsre\b|\bsite\s+reliability\b|\bused\s+by\s+[\d,.]+\s*[km]?\+?\s+(?:users|customers|people|developers)\b|\b[\d,.]+\s*[km]?\+?\s+(?:daily\s+|monthly\s+|active\s+)*users\b|\bhosting\b|\bhosted\b|\bin\s+the\s+cloud\b`,
    String.raw`\bdeploi\w*|\bdeploy\w*|\bmise\s+en\s+(?:production|ligne|service)\b|\bmises?\s+en\s+prod\b|\bhebergement\b|\bsupervision\b|\bbereitstellung\b|\binbetriebnahme\b|\bbetrieb\b|\bdespliegue\w*|\bdesplegar\b|\bdesplegu\w*|\bpuesta\s+en\s+produccion\b|\balojamiento\b|\bimplantacao\b|\bimplantar\b|\bhospedagem\b|\bwdroz\w*|\bwdraz\w*|\bhosting\w*|\bmonitoring\w*|\butrzymani\w*`,
  ].join('|'),
);

const DEPLOY_WORKFLOW = /deploy|release|publish|\bcd\b|delivery/i;

/**
 * Yellow when nothing anywhere in the profile (skills included) or their
 * repositories mentions production, deployments, releases, operations or
 * users served; never beside production-scale, whose evidence is the first
 * thing it reads.
 */
export const noProductionExposure: FlagRule = {
  id: 'no-production-exposure',
  kind: 'yellow',
  label: FLAG_LABELS['no-production-exposure'],
  description:
    'Nothing anywhere in the profile (skills included) or their repositories mentions production, deployments, releases, operations, cloud or container tools, or users served; not raised when sections were only partly shown.',
  evaluate(input) {
    const { reading, github, profile } = input;
    if (!hasSomethingToRead(input)) return null;
    if (partlyShown(profile, ABSENCE_SECTIONS).length > 0) return null;
    // One notion of "mentioned": the green flag's own evidence first, then generic words anywhere.
    if (productionEvidence(input).length > 0) return null;
    const mentioned = anywhere(
      reading,
      (s) =>
        PRODUCTION.test(s.folded) ||
        OPERATIONS_WORDS.test(s.folded) ||
        mentionsScaleOrOperations(s) ||
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
