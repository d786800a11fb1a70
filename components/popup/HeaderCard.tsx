import type { ReactNode } from 'react';
import type { Profile } from '@/lib/profile/profile';
import type { ScreeningResult } from '@/lib/screening';
import { levelWord, matchWords, seniorityLine } from '@/lib/workspace/labels';
import { locationText, titleLine } from '@/lib/workspace/rows';
import { safeHref } from '../links';

/**
 * Who this is, at a glance, as recruiting tools show a person: name (or the
 * blind-mode alias), title at company, location, the level as a pill with its
 * years in words, and the role-match badge.
 */
export function HeaderCard({
  name,
  profile,
  result,
  roleName,
  blind,
  children,
}: {
  name: string;
  profile: Profile;
  result: ScreeningResult;
  roleName: string;
  blind: boolean;
  /** Notes about what could not be read, shown inside the card. */
  children?: ReactNode;
}) {
  const title = titleLine(profile);
  const location = blind ? '' : locationText(profile);
  const { seniority, role } = result;
  const matchTone = role.mustHave.length === 0 ? '' : role.mustHaveMet === role.mustHave.length ? 'pill-green' : role.mustHaveMet === 0 ? 'pill-red' : 'pill-yellow';
  return (
    <header className="header-card card">
      <h1 className="candidate-name">{name}</h1>
      {title ? (
        <p className="headline" title={title}>
          {title}
        </p>
      ) : null}
      {location ? <p className="muted small">{location}</p> : null}
      <p className="pills">
        <span className="pill pill-accent level-pill">{levelWord(seniority, profile.basics.label ?? '')}</span>
        <span className={`pill ${matchTone} match-pill`} title={`Must-haves of ${roleName} met`}>
          {matchWords(role.mustHaveMet, role.mustHave.length)}
        </span>
      </p>
      <p className="seniority-line small">{seniorityLine(seniority, profile.capture?.source)}</p>
      {blind ? null : (
        <ul className="accounts" aria-label="Accounts">
          {(profile.basics.profiles ?? []).map((link) => {
            const href = link.url ? safeHref(link.url) : undefined;
            const text = `${link.network}: ${link.username}`;
            return <li key={text}>{href ? <a href={href} target="_blank" rel="noreferrer">{text}</a> : text}</li>;
          })}
        </ul>
      )}
      {children}
    </header>
  );
}
