/**
 * The kinds of input the `screen` command reads, as a table: each kind is a
 * small function from its command-line argument to a profile (and GitHub
 * evidence when there is some). Adding a kind is adding a row.
 *
 * A kind throws InputError with a sentence naming the input and the field;
 * the command prints it, goes on with the other inputs, and exits with the
 * error's code (2 bad input, 3 GitHub unavailable).
 */
import { readFile } from 'node:fs/promises';
import type { GitHubEvidence } from '../lib/profile/github-evidence';
import { GitHubError } from '../lib/github/errors';
import { Profile, fieldPath } from '../lib/profile/profile';
import { githubInput } from './github-input';
import { HtmlInputError, htmlInput, type HtmlInput } from './html-input';

export interface LoadedInput {
  /** What --json calls it: "resume.json", "github:<login>", "<url>". */
  input: string;
  profile: Profile;
  github?: GitHubEvidence;
  /** A LinkedIn "Show all" list: it joins its person's profile page given beside it (cli/html-input.ts). */
  details?: HtmlInput['details'];
}

export class InputError extends Error {
  constructor(
    /** The file, login or URL, as the recruiter typed it. */
    readonly input: string,
    message: string,
    /** 2 bad input, 3 GitHub unavailable (DESIGN.md). */
    readonly exitCode: 2 | 3 = 2,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** What every kind may need besides its own argument. */
export interface InputContext {
  apiUrl?: string | undefined;
  token?: string | undefined;
  noCache?: boolean | undefined;
  /** Where GitHub answers are cached between runs. */
  cacheDir?: string | undefined;
  /** The URL given with --url for the --html page. */
  url?: string | undefined;
  readStdin: () => Promise<string>;
}

export type InputKind = (arg: string, context: InputContext) => Promise<LoadedInput>;

/** The name standard input goes by in messages and in --json. */
export const STDIN_NAME = 'stdin';

/** At most this many field problems are listed per file. */
const MAX_ISSUES = 10;

const RESUME_SECTIONS = ['basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects', 'meta'];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Parse JSON Resume text into the profile, or throw InputError naming the field. */
export function parseResume(name: string, text: string): Profile {
  let data: unknown;
  try {
    // A byte-order mark is legal at the start of a UTF-8 file and common from Windows editors.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(name, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(name, `not a JSON Resume: expected an object, got ${describe(data)}`);
  }
  if (!RESUME_SECTIONS.some((key) => key in data)) {
    throw new InputError(name, `not a JSON Resume: none of basics, work, education, skills or projects is there`);
  }
  const parsed = Profile.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const lines = issues.slice(0, MAX_ISSUES).map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
    if (issues.length > MAX_ISSUES) lines.push(`and ${issues.length - MAX_ISSUES} more problems`);
    throw new InputError(name, lines.join(`\n${name}: `));
  }
  return parsed.data;
}

/** A JSON Resume file, or standard input for "-". */
export const resumeFile: InputKind = async (arg, context) => {
  const name = arg === '-' ? STDIN_NAME : arg;
  let text: string;
  try {
    text = arg === '-' ? await context.readStdin() : await readFile(arg, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new InputError(name, `cannot read it (${why})`);
  }
  return { input: name, profile: parseResume(name, text) };
};

const GITHUB_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/** A GitHub user, analysed through the API (cli/github-input.ts). */
export const githubLogin: InputKind = async (arg, context) => {
  const login = arg.replace(/^@/, '').replace(/^https?:\/\/github\.com\//i, '').replace(/\/$/, '');
  const name = `github:${login.toLowerCase()}`;
  if (!GITHUB_LOGIN.test(login)) throw new InputError(name, `"${arg}" is not a GitHub login`);
  try {
    return await githubInput(login, {
      ...(context.apiUrl ? { apiUrl: context.apiUrl } : {}),
      ...(context.token ? { token: context.token } : {}),
      ...(context.noCache ? { noCache: true } : {}),
      ...(context.cacheDir ? { cacheDir: context.cacheDir } : {}),
    });
  } catch (error) {
    if (error instanceof GitHubError) throw new InputError(name, error.message, 3);
    throw new InputError(name, `GitHub could not be read (${error instanceof Error ? error.message : String(error)})`, 3);
  }
};

/** A saved GitHub or LinkedIn profile page, read by the content scripts' extractors (cli/html-input.ts). */
export const htmlPage: InputKind = async (arg, context) => {
  if (!context.url) throw new InputError(arg, "--html needs the address the page was saved from: add --url URL after it");
  try {
    return await htmlInput(arg, context.url);
  } catch (error) {
    if (error instanceof HtmlInputError) throw new InputError(arg, error.message);
    throw error;
  }
};

/** A kind that is not here yet: refused with a sentence saying when it comes. */
export function notYet(sentence: string): InputKind {
  return async (arg) => {
    throw new InputError(arg, sentence);
  };
}

/**
 * The table. `file` is a positional argument; the others are the option of
 * the same name. To add --html: replace its row with a function that reads
 * the saved page, runs the extractor for `context.url`, and returns the profile.
 */
export const INPUT_KINDS = {
  file: resumeFile,
  github: githubLogin,
  html: htmlPage,
} satisfies Record<string, InputKind>;

export type InputKindName = keyof typeof INPUT_KINDS;
