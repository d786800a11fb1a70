import { EVIDENCE_PER_FLAG, type Evidence } from '../evidence';
import { contributionEvidence, mergedContributions } from '../github';
import { isMention, sentenceEvidence } from '../reading';
import { raised, type FlagRule, type RuleInput } from '../rule';
import { wordRegex } from '../../vocabulary/words';
import { FLAG_LABELS } from '../flag-names';

/** Contributing upstream, in words, in the six languages: a contributor, maintainer, committer or core-team role, or merged patches. */
const CONTRIBUTED = wordRegex(
  String.raw`\b(?:contribut(?:ed|ing|or|ors|ions?)|maintainer|co-?maintainer|committer|core\s+(?:team|developer|contributor|maintainer|member)|steering\s+committee|merged\s+(?:pull\s+requests?|prs?|patch(?:es)?)|patch(?:es)?\s+(?:merged|accepted|landed)|upstream(?:ed)?|landed\s+(?:a\s+)?(?:patch|fix|pr)s?|contribu(?:e|teur|trice|tion|tions)|mainteneu(?:r|se)|beigetragen|beitrag(?:e)?\s+zu|mitwirkende\w*|kernteam|contribui(?:dor|dora|ciones|cao|coes|r|u)?|mantenedor(?:a)?|kontrybut\w*|wspoltworc\w*|opiekun\s+projektu)\b`,
);
/** ...to open source, or a project that is open source by name. */
const OPEN_SOURCE = wordRegex(
  String.raw`\bopen[\s-]?source\b|\boss\b|\bupstream\b|\bpull\s+requests?\b|\bprs?\b|\bpatch(?:es)?\b|\bcommitter\b|\bmaintainer\b|\bcore\s+team\b|\bgithub\b|\blogiciels?\s+libres?\b|\blibre\b|\bquelloffen\w*|\bcodigo\s+abierto\b|\bcodigo\s+aberto\b|\botwart\w*\s+(?:oprogramowani\w*|zrodl\w*)|\bopen-source\w*`,
);
/** Their own library, or the employer's code, is not somebody else's open-source project. */
const OWN_OR_INTERNAL = wordRegex(
  String.raw`\b(?:my\s+own|my\s+(?:library|libraries|projects?|packages?|tools?|plugin)|personal\s+(?:library|libraries|projects?|packages?|tools?)|author\s+of|creator\s+of|(?:developed|built|wrote|created)\s+and\s+(?:released|published|open[\s-]?sourced)|released|published\s+(?:my|an?|the)\s+open|internal|in-house|our\s+(?:\w+\s+){0,2}(?:monorepo|codebase|services?|platform|repo)|company'?s|proprietary|mon\s+propre|ma\s+propre|interne|meine\s+eigene\w*|mi\s+propi[oa]|meu\s+propri[oa]|moj\w*\s+wlasn\w*)\b`,
);
/**
 * Developer tooling and infrastructure projects people contribute to that
 * the technology vocabulary does not name (package managers and build tools
 * count, DOMAIN.md).
 */
const TOOLING_PROJECTS = wordRegex(
  String.raw`\b(?:homebrew|npm|yarn|pnpm|pip|pipenv|poetry|cargo|maven|gradle|bazel|webpack|vite|esbuild|rollup|babel|eslint|git|linux\s+kernel|the\s+kernel|llvm|gcc|clang|cpython|pypy|openjdk|graalvm|nginx|apache\s+\w+|envoy|istio|etcd|containerd|podman|openssl|curl|sqlalchemy|alembic|celery|sidekiq|rubygems|bundler|composer|nuget|deno|bun|tokio|actix|hyper|serde|gunicorn|uvicorn|tornado|twisted|netty|vert\.x|akka|debian|ubuntu|fedora|freebsd|systemd|openstack|ceph|vitess|temporal|dapr|knative|argo|flux|crossplane|backstage|supabase|hasura|prisma|typeorm|sequelize|knex|django\s+rest\s+framework|drf)\b`,
);

/** A role only open source has, naming its project: "maintainer of", "committer on", "contributor to". */
const ROLE_ON_PROJECT = wordRegex(
  String.raw`(?:contributor|co-?maintainer|maintainer|committer|core\s+(?:team|developer|contributor|maintainer)(?:\s+member)?|member\s+of\s+the\s+(?:\w+\s+){1,3}core\s+team|contribut(?:eur|rice)|mainteneu(?:r|se)|kontrybutor\w*|contribuidor\w*|mantenedor\w*)\s+(?:to|of|on|for|in|at|de|du|des|d|a|au|von|zu|do|para|en|em|w)`,
);

/** Cloud providers are vendors, not projects anyone contributes to. */
const VENDORS = new Set(['aws', 'gcp', 'azure', 'heroku', 'digitalocean']);

function textEvidence({ reading }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const sentence of reading.context) {
    if (sentence.keyword) continue;
    const verb = CONTRIBUTED.exec(sentence.folded);
    if (!verb || isMention(sentence, verb.index)) continue;
    if (OWN_OR_INTERNAL.test(sentence.folded)) continue;
    // The project must be someone else's backend, infrastructure, database, API or developer-tooling project.
    const tech = sentence.used.find(
      (m) => (m.technology.backend || m.technology.category === 'ci' || m.technology.category === 'testing') && !VENDORS.has(m.technology.id),
    );
    const tooling = TOOLING_PROJECTS.exec(sentence.folded);
    if (!tech && !tooling) continue;
    // Open source by the sentence's own words, or by a role only open source has ("maintainer of", "committer on").
    if (!OPEN_SOURCE.test(sentence.folded) && !ROLE_ON_PROJECT.test(sentence.folded)) continue;
    const projectAt = Math.min(tech?.index ?? Infinity, tooling?.index ?? Infinity);
    out.push(sentenceEvidence(reading, sentence, Math.min(verb.index, projectAt)));
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
 * Green when they contributed to somebody else's backend, infrastructure,
 * database, API or developer-tooling project: merged pull requests on
 * GitHub, or in the text a contributor, maintainer, committer or core-team
 * role, or patches merged into a named open-source project. Their own
 * libraries and frontend projects do not count.
 */
export const ossBackendContributions: FlagRule = {
  id: 'oss-backend-contributions',
  kind: 'green',
  label: FLAG_LABELS['oss-backend-contributions'],
  description:
    'They contributed to somebody else\'s backend, infrastructure, database, API or developer-tooling project: merged pull requests on GitHub, or a contributor, maintainer, committer or core-team role named in the text; their own libraries and frontend projects do not count.',
  evaluate(input) {
    return raised(textEvidence(input), githubEvidence(input));
  },
};
