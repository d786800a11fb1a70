/**
 * The flag rules, one file each, in the order the popup, the CSV and the CLI
 * show them: green flags first, then yellow, as in DOMAIN.md.
 */
import type { FlagRule } from '../rule';
import { apiDesign } from './api-design';
import { databaseExperience } from './database-experience';
import { genericBackend } from './generic-backend';
import { languageProficiency } from './language-proficiency';
import { noDatabaseOrApi } from './no-database-or-api';
import { noProductionExposure } from './no-production-exposure';
import { noTestingOrQuality } from './no-testing-or-quality';
import { observability } from './observability';
import { ossBackendContributions } from './oss-backend-contributions';
import { productionScale } from './production-scale';
import { testingDeployment } from './testing-deployment';
import { tutorialProjects } from './tutorial-projects';
import { vagueTechList } from './vague-tech-list';

export const RULES: readonly FlagRule[] = [
  languageProficiency,
  databaseExperience,
  apiDesign,
  productionScale,
  testingDeployment,
  ossBackendContributions,
  observability,
  genericBackend,
  noDatabaseOrApi,
  noProductionExposure,
  tutorialProjects,
  noTestingOrQuality,
  vagueTechList,
];

export function ruleById(id: string): FlagRule | undefined {
  return RULES.find((rule) => rule.id === id);
}

export { flagLabel } from '../flag-names';
