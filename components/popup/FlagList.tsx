import { safeHref } from '../links';

export interface EvidenceView {
  source: string;
  text: string;
  url?: string | undefined;
}
export interface FlagView {
  id: string;
  kind: 'green' | 'yellow';
  label: string;
  evidence: readonly EvidenceView[];
}
export interface ProbeView {
  flag: string;
  question: string;
  listenFor: string;
}

const SOURCE_LABELS: Record<string, string> = { resume: 'Resume', linkedin: 'LinkedIn', github: 'GitHub' };

/** One piece of evidence: the words or repository, where it was read, and a link. */
export function EvidenceItem({ evidence }: { evidence: EvidenceView }) {
  const href = evidence.url ? safeHref(evidence.url) : undefined;
  return (
    <li className="evidence">
      <span className="evidence-source">{SOURCE_LABELS[evidence.source] ?? evidence.source}</span>{' '}
      {href ? (
        <a href={href} target="_blank" rel="noreferrer">
          {evidence.text}
        </a>
      ) : (
        <q>{evidence.text}</q>
      )}
    </li>
  );
}

/**
 * Flags of one kind, each expandable to the evidence that raised it; a
 * yellow flag also shows the question that tests it in a screen call.
 */
export function FlagList({
  kind,
  flags,
  probes,
}: {
  kind: 'green' | 'yellow';
  flags: readonly FlagView[];
  probes: readonly ProbeView[];
}) {
  const title = kind === 'green' ? 'Green flags' : 'Yellow flags';
  return (
    <section className={`flags flags-${kind}`} aria-labelledby={`${kind}-flags-title`}>
      <h2 id={`${kind}-flags-title`}>
        {title} <span className="count">({flags.length})</span>
      </h2>
      {flags.length === 0 ? (
        <p className="muted">{kind === 'green' ? 'None found yet.' : 'None.'}</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag) => {
            const flagProbes = probes.filter((p) => p.flag === flag.id);
            return (
              <li key={flag.id}>
                <details>
                  <summary>
                    <span className={`dot dot-${kind}`} aria-hidden="true" />
                    {flag.label}
                  </summary>
                  {flag.evidence.length > 0 ? (
                    <ul className="evidence-list" aria-label={`Evidence for ${flag.label}`}>
                      {flag.evidence.map((e, i) => (
                        <EvidenceItem key={i} evidence={e} />
                      ))}
                    </ul>
                  ) : null}
                  {flagProbes.map((probe) => (
                    <div className="probe" key={probe.question}>
                      <h3>Ask in the screen call</h3>
                      <p className="probe-question">“{probe.question}”</p>
                      <p className="probe-listen">
                        <strong>Listen for:</strong> {probe.listenFor}
                      </p>
                    </div>
                  ))}
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
