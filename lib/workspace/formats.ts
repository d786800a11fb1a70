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

/** The label the side panel and the CLI's help show for each format: "Lever (candidate import)". */
export const FORMAT_LABELS: Record<FormatId, string> = {
  // What the file holds first: a 360 px side panel shows about 24 characters of the closed list.
  'backend-scout': 'All columns (Backend Scout)',
  ...(Object.fromEntries(Object.entries(FORMAT_FACTS).map(([id, facts]) => [id, `${facts.label} (${facts.importName})`])) as Record<Exclude<FormatId, 'backend-scout'>, string>),
};
