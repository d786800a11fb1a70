import type { Candidate } from '@/lib/candidates';
import { displayProfile } from '@/lib/candidates';

/** Who this is: name, login links and bio, all rendered as text. */
export function CandidateSummary({ candidate }: { candidate: Candidate }) {
  const profile = displayProfile(candidate);
  const name = profile.basics.name || profile.basics.profiles?.[0]?.username || candidate.id;
  return (
    <section aria-label="Candidate">
      <h1 className="candidate-name">{name}</h1>
      {profile.basics.label ? <p className="headline">{profile.basics.label}</p> : null}
      <ul className="accounts" aria-label="Accounts">
        {(profile.basics.profiles ?? []).map((link) => (
          <li key={`${link.network}:${link.username}`}>
            {link.url ? (
              <a href={safeHref(link.url)} target="_blank" rel="noreferrer">
                {link.network}: {link.username}
              </a>
            ) : (
              `${link.network}: ${link.username}`
            )}
          </li>
        ))}
      </ul>
      {profile.basics.summary ? <p className="summary">{profile.basics.summary}</p> : null}
    </section>
  );
}

/** Only http(s) links leave the extension; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
