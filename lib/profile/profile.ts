/**
 * The one profile shape every source becomes: a LinkedIn page, a GitHub page,
 * a JSON Resume file and a saved HTML page. Modelled on JSON Resume v1.0.0
 * (https://jsonresume.org/schema), so a JSON Resume document parses into it
 * unchanged; fields JSON Resume does not know are dropped. `capture` is ours:
 * where the profile came from and what could not be read.
 */
import { z } from 'zod';

/** JSON Resume's date forms: "2021", "2021-03" or "2021-03-04". */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a JSON Resume date that names a real year, month and day. */
export function isValidResumeDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

export const ResumeDate = z
  .string()
  .refine(isValidResumeDate, {
    message: 'not a date JSON Resume allows (YYYY, YYYY-MM or YYYY-MM-DD, and a real month and day)',
  });

/**
 * JSON Resume writes "present" or leaves endDate out for an open role; some
 * exporters write an empty string. Both mean "still there".
 */
const EndDate = z.union([ResumeDate, z.literal(''), z.literal('present'), z.literal('Present')]);

export const ProfileLink = z.object({
  network: z.string().optional(),
  username: z.string().optional(),
  url: z.string().optional(),
});
export type ProfileLink = z.infer<typeof ProfileLink>;

export const Location = z.object({
  address: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  countryCode: z.string().optional(),
  region: z.string().optional(),
});

export const Basics = z.object({
  name: z.string().optional(),
  /** The headline: a LinkedIn headline, a resume's "Senior Backend Engineer". */
  label: z.string().optional(),
  image: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  url: z.string().optional(),
  /** LinkedIn's About, a GitHub bio. */
  summary: z.string().optional(),
  location: Location.optional(),
  profiles: z.array(ProfileLink).optional(),
});

export const Work = z.object({
  /** The company. */
  name: z.string().optional(),
  location: z.string().optional(),
  description: z.string().optional(),
  position: z.string().optional(),
  url: z.string().optional(),
  startDate: ResumeDate.optional(),
  endDate: EndDate.optional(),
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
  /**
   * The technologies listed under this role. Not in JSON Resume v1.0.0's
   * `work`, but people add them (`keywords`, `technologies`, `stack`) and they
   * say what that work used, so the reader keeps them (DOMAIN.md "Context").
   */
  keywords: z.array(z.string()).optional(),
});
export type Work = z.infer<typeof Work>;

export const Volunteer = z.object({
  organization: z.string().optional(),
  position: z.string().optional(),
  url: z.string().optional(),
  startDate: ResumeDate.optional(),
  endDate: EndDate.optional(),
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
});

export const Education = z.object({
  institution: z.string().optional(),
  url: z.string().optional(),
  area: z.string().optional(),
  studyType: z.string().optional(),
  startDate: ResumeDate.optional(),
  endDate: EndDate.optional(),
  score: z.string().optional(),
  courses: z.array(z.string()).optional(),
});

export const Skill = z.object({
  name: z.string().optional(),
  level: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});
export type Skill = z.infer<typeof Skill>;

export const Project = z.object({
  name: z.string().optional(),
  description: z.string().optional(),
  highlights: z.array(z.string()).optional(),
  keywords: z.array(z.string()).optional(),
  startDate: ResumeDate.optional(),
  endDate: EndDate.optional(),
  url: z.string().optional(),
  roles: z.array(z.string()).optional(),
  entity: z.string().optional(),
  type: z.string().optional(),
});
export type Project = z.infer<typeof Project>;

const Award = z.object({
  title: z.string().optional(),
  date: ResumeDate.optional(),
  awarder: z.string().optional(),
  summary: z.string().optional(),
});
const Certificate = z.object({
  name: z.string().optional(),
  date: ResumeDate.optional(),
  url: z.string().optional(),
  issuer: z.string().optional(),
});
const Publication = z.object({
  name: z.string().optional(),
  publisher: z.string().optional(),
  releaseDate: ResumeDate.optional(),
  url: z.string().optional(),
  summary: z.string().optional(),
});
const Language = z.object({ language: z.string().optional(), fluency: z.string().optional() });
const Interest = z.object({ name: z.string().optional(), keywords: z.array(z.string()).optional() });
const Reference = z.object({ name: z.string().optional(), reference: z.string().optional() });

/**
 * JSON Resume's `meta`. `lastModified` matters to screening: an open-ended
 * role in a résumé file runs to the day the file was last changed, not to
 * today (a 2018 file that says "Present" does not keep counting).
 */
export const ResumeMeta = z.object({
  canonical: z.string().optional(),
  version: z.string().optional(),
  /** "2018-04-02" or an ISO date-time, as the reader normalised it. */
  lastModified: z.string().optional(),
});
export type ResumeMeta = z.infer<typeof ResumeMeta>;

export const ProfileSource = z.enum(['resume', 'linkedin', 'github']);
export type ProfileSource = z.infer<typeof ProfileSource>;

/** The sections a page can show in part (JSON Resume's names). */
export const PartialSection = z.enum(['work', 'education', 'skills', 'projects', 'certificates', 'languages', 'volunteer', 'awards', 'publications']);
export type PartialSection = z.infer<typeof PartialSection>;

/** What the capture knew about itself. Absent for a plain JSON Resume file. */
export const CaptureMeta = z.object({
  source: ProfileSource,
  url: z.string().optional(),
  /** ISO 8601 timestamp. */
  capturedAt: z.string(),
  /** Field path → how sure the extractor is (0..1). */
  confidence: z.record(z.string(), z.number().min(0).max(1)).default({}),
  /** Field path → which strategy produced it ("json-ld", "dom", "itemprop"...). */
  strategy: z.record(z.string(), z.string()).default({}),
  /** Sections that could not be read, in the recruiter's words ("skills"). */
  missing: z.array(z.string()).default([]),
  /**
   * Sections the page showed only in part ("Show all 12 experiences" under 7
   * roles): how many it showed of how many exist. What is not shown is never
   * evidence of absence: absence flags are not raised from such a section.
   */
  partial: z.partialRecord(PartialSection, z.object({ shown: z.number().int().nonnegative(), total: z.number().int().nonnegative() })).optional(),
  /** Field paths cut to a sane length, with their original length. */
  truncated: z.array(z.object({ field: z.string(), length: z.number().int() })).default([]),
  /** What a GitHub profile page shows that JSON Resume has no field for. */
  githubPage: z
    .object({
      /** GitHub's numeric user id (stable across renames). */
      id: z.number().int().positive().optional(),
      followers: z.number().int().nonnegative().optional(),
      contributionsLastYear: z.number().int().nonnegative().optional(),
      /** Logins of the public organisations shown. */
      organizations: z.array(z.string().max(100)).max(100).default([]),
      /** A private profile: GitHub hides its activity, contributions, follower counts and organisations. */
      private: z.boolean().optional(),
    })
    .optional(),
});
export type CaptureMeta = z.infer<typeof CaptureMeta>;

export const Profile = z.object({
  basics: Basics.default({}),
  work: z.array(Work).default([]),
  volunteer: z.array(Volunteer).optional(),
  education: z.array(Education).default([]),
  awards: z.array(Award).optional(),
  certificates: z.array(Certificate).optional(),
  publications: z.array(Publication).optional(),
  skills: z.array(Skill).default([]),
  languages: z.array(Language).optional(),
  interests: z.array(Interest).optional(),
  references: z.array(Reference).optional(),
  projects: z.array(Project).default([]),
  meta: ResumeMeta.optional(),
  capture: CaptureMeta.optional(),
});
/** A parsed profile (defaults filled in). */
export type Profile = z.infer<typeof Profile>;
/** What a caller may hand to `Profile.parse` (defaults may be left out). */
export type ProfileInput = z.input<typeof Profile>;

/** "basics.profiles.0.url" from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(the document)';
}
