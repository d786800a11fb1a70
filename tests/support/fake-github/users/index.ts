import type { FixtureUser } from '../types';
import { backendStrong } from './backend-strong';
import { tutorialJunior } from './tutorial-junior';
import { frontendEngineer } from './frontend';
import { forkHeavy } from './fork-heavy';
import { emptyAccount } from './empty';
import { organisation } from './organisation';
import { prolific } from './prolific';

export { backendStrong, tutorialJunior, frontendEngineer, forkHeavy, emptyAccount, organisation, prolific };

/** Every fixture account the fake server knows unless told otherwise. */
export const FIXTURE_USERS: readonly FixtureUser[] = [
  backendStrong,
  tutorialJunior,
  frontendEngineer,
  forkHeavy,
  emptyAccount,
  organisation,
  prolific,
];

/** Fixture logins by role, so tests read as examples ("FIXTURE_LOGINS.backend"). */
export const FIXTURE_LOGINS = {
  backend: backendStrong.login,
  tutorial: tutorialJunior.login,
  frontend: frontendEngineer.login,
  forkHeavy: forkHeavy.login,
  empty: emptyAccount.login,
  organisation: organisation.login,
  prolific: prolific.login,
} as const;
