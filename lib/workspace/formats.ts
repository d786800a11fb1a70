/**
 * The export formats by name, with what the side panel says before a
 * download (row limits, why an email matters), apart from the writers in
 * ./ats.ts and ./csv.ts: the export controls show these with the list and
 * load the writers (and papaparse) on the first export.
 */
export const FORMAT_IDS = ['backend-scout', 'linkedin-recruiter', 'greenhouse', 'lever', 'ashby'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export const isFormatId = (value: string): value is FormatId => (FORMAT_IDS as readonly string[]).includes(value);

export interface FormatFacts {
  /** The system's name, as the recruiter knows it. */
  label: string;
  /** What the system calls this import. */
  importName: string;
  /** Most candidates one file may hold; null for no limit. */
  rowLimit: number | null;
  /** Why an empty Email cell matters to this system; null when the format has no email column. */
  emailNeed: string | null;
}

export const FORMAT_FACTS: Record<Exclude<FormatId, 'backend-scout'>, FormatFacts> = {
  'linkedin-recruiter': {
    label: 'LinkedIn Recruiter',
    importName: 'project import',
    rowLimit: 200,
    emailNeed: 'LinkedIn Recruiter needs an email to import a row',
  },
  greenhouse: {
    label: 'Greenhouse',
    importName: 'prospect bulk import',
    rowLimit: null,
    emailNeed: 'Greenhouse cannot check those prospects for duplicates',
  },
  lever: {
    label: 'Lever',
    importName: 'candidate import',
    rowLimit: null,
    emailNeed: 'Lever uses the email to catch duplicate profiles',
  },
  ashby: {
    label: 'Ashby',
    importName: 'candidate import',
    rowLimit: null,
    emailNeed: 'Ashby uses the email to match candidates it already has',
  },
};

/**
 * The name the side panel's format list shows: the system alone ("Lever"),
 * which a 360 px panel shows whole; what the system calls the import is said
 * under the list (importLine).
 */
export const FORMAT_LABELS: Record<FormatId, string> = {
  'backend-scout': 'All columns',
  ...(Object.fromEntries(Object.entries(FORMAT_FACTS).map(([id, facts]) => [id, facts.label])) as Record<Exclude<FormatId, 'backend-scout'>, string>),
};

/** Which import of the system the file is for: "For Lever's candidate import." */
export const importLine = (facts: FormatFacts): string => `For ${facts.label}’s ${facts.importName}.`;
