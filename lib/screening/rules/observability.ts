import { EVIDENCE_PER_FLAG, type Evidence } from '../evidence';
import { ownedRepositories, repositoryEvidence, repositoryTechnologies } from '../github';
import { raised, technologyEvidence, type FlagRule, type RuleInput } from '../rule';
import { FLAG_LABELS } from '../flag-names';

function githubEvidence({ github }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const repo of ownedRepositories(github)) {
    const found = repositoryTechnologies(repo).filter((rt) => rt.technology.category === 'observability');
    if (found.length === 0) continue;
    out.push(repositoryEvidence(repo, found.map((f) => `${f.technology.name} (${f.reason})`).join(', ')));
    if (out.length >= EVIDENCE_PER_FLAG) break;
  }
  return out;
}

/**
 * Green when a role or project names an observability tool (Datadog, New
 * Relic, Prometheus, Grafana, OpenTelemetry, Sentry, ELK, Splunk...), or their
 * own repositories use one.
 */
export const observability: FlagRule = {
  id: 'observability',
  kind: 'green',
  label: FLAG_LABELS['observability'],
  description:
    'A role or project names an observability tool (Datadog, New Relic, Prometheus, Grafana, OpenTelemetry, Jaeger, Sentry, ELK, Splunk, Honeycomb), or their own repositories use one.',
  evaluate(input) {
    return raised(technologyEvidence(input.reading, (m) => m.technology.category === 'observability'), githubEvidence(input));
  },
};
