/**
 * Flags with their evidence, as the popup and the side panel's detail show
 * them: the strongest words inline as plain text with where they were
 * written, the rest behind "N more", the product's own findings worded as
 * findings, and the screen-call question beside each yellow flag. Every
 * piece of evidence appears once (lib/workspace/evidence.ts decides where).
 */
import type { EvidenceItem, FlagView, SkillView } from '@/lib/workspace/evidence';
import { safeHref } from '../links';

export function EvidenceLine({ item }: { item: EvidenceItem }) {
  if (item.kind === 'quote') {
    return (
      <li className="evidence evidence-quote">
        <q>{item.text}</q> <span className="evidence-place">— {item.place}</span>
      </li>
    );
  }
  if (item.kind === 'finding') {
    return (
      <li className="evidence evidence-finding">
        <span className="evidence-place">Backend Scout’s reading</span> {item.text}
      </li>
    );
  }
  const href = item.url ? safeHref(item.url) : undefined;
  return (
    <li className="evidence evidence-github">
      {href ? (
        <a href={href} target="_blank" rel="noreferrer">
          {item.title}
        </a>
      ) : (
        <span>{item.title}</span>
      )}
      {item.detail ? <span className="evidence-detail">: {item.detail}</span> : null}{' '}
      <span className="evidence-place">— GitHub</span>
    </li>
  );
}

function FlagItem({ flag }: { flag: FlagView }) {
  return (
    <li className={`flag flag-${flag.kind}`}>
      <p className="flag-name">
        <span className={`dot dot-${flag.kind}`} aria-hidden="true" />
        {flag.label}
      </p>
      {flag.lead ? (
        <ul className="evidence-list" aria-label={`Evidence for ${flag.label}`}>
          <EvidenceLine item={flag.lead} />
        </ul>
      ) : flag.sameAs ? (
        <p className="evidence-same">Same evidence as {flag.sameAs}, above.</p>
      ) : null}
      {flag.more.length > 0 ? (
        <details className="evidence-more">
          <summary>
            {flag.more.length} more <span className="visually-hidden">for {flag.label}</span>
          </summary>
          <ul className="evidence-list" aria-label={`More evidence for ${flag.label}`}>
            {flag.more.map((item) => (
              <EvidenceLine key={item.key} item={item} />
            ))}
          </ul>
        </details>
      ) : null}
      {flag.probes.map((probe) => (
        <div className="probe" key={probe.question}>
          <p>
            <strong>Ask:</strong> “{probe.question}”
          </p>
          <details>
            <summary>What to listen for</summary>
            <p>{probe.listenFor}</p>
          </details>
        </div>
      ))}
    </li>
  );
}

/** Green or yellow flags under one heading (a region named "Green flags (3)"). */
export function FlagSection({ kind, flags, headingLevel = 2 }: { kind: 'green' | 'yellow'; flags: readonly FlagView[]; headingLevel?: 2 | 3 }) {
  const title = kind === 'green' ? 'Green flags' : 'Yellow flags';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `${kind}-flags-title`;
  return (
    <section className={`flags flags-${kind}`} aria-labelledby={id}>
      <Heading id={id} className="section-title">
        {title} <span className="count">({flags.length})</span>
      </Heading>
      {flags.length === 0 ? (
        <p className="muted">{kind === 'green' ? 'None found in what was read.' : 'None.'}</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag) => (
            <FlagItem key={flag.id} flag={flag} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** A role's skills as a checklist: met (with evidence not already shown above) or not evidenced. */
export function SkillChecklist({ label, skills }: { label: string; skills: readonly SkillView[] }) {
  return (
    <ul className="skills" aria-label={label}>
      {skills.map((skill) => (
        <li key={skill.skill} className={skill.met ? 'skill-met' : 'skill-missing'}>
          <span aria-hidden="true" className="skill-mark">
            {skill.met ? '✓' : '✗'}
          </span>
          <span>
            {skill.skill}: {skill.met ? 'met' : 'not evidenced'}
          </span>
          {skill.evidence ? (
            <ul className="evidence-list">
              <EvidenceLine item={skill.evidence} />
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
