/**
 * The kinds of input the `screen` command reads, as a table: each kind is a
 * small function from its command-line argument to a profile (and GitHub
 * evidence when there is some). Adding a kind is adding a row.
 *
 * A kind throws InputError with a sentence naming the input and the field;
 * the command prints it, goes on with the other inputs, and exits with the
 * error's code (2 bad input, 3 GitHub unavailable).
 */
import { readFile, stat } from 'node:fs/promises';
import type { GitHubEvidence } from '../lib/profile/github-evidence';
import { GitHubError } from '../lib/github/errors';
import type { Profile } from '../lib/profile/profile';
import { MAX_RESUME_BYTES, readResumeBytes, readResumeText, type ResumeReading } from '../lib/profile/resume';
import { githubInput } from './github-input';
import { HtmlInputError, htmlInput, type HtmlInput } from './html-input';

export interface LoadedInput {
  /** What --json calls it: "resume.json", "github:<login>", "<url>". */
  input: string;
  profile: Profile;
  github?: GitHubEvidence;
  /** A LinkedIn "Show all" list: it joins its person's profile page given beside it (cli/html-input.ts). */
  details?: HtmlInput['details'];
  /** Fields that could not be read and were dropped ("work[2].startDate 'sometime' is not a date; ignored"). */
  warnings?: string[];
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
  /** Standard input: bytes (so the reader can check the encoding) or text already decoded. */
  readStdin: () => Promise<string | Uint8Array>;
}

export type InputKind = (arg: string, context: InputContext) => Promise<LoadedInput>;

/** The name standard input goes by in messages and in --json. */
export const STDIN_NAME = 'stdin';

/**
 * JSON Resume text or bytes into the profile, read leniently (DESIGN.md
 * "Reading real files"): unreadable fields come back as warnings; only a
 * file that is not a résumé at all throws InputError.
 */
export function parseResume(name: string, content: string | Uint8Array): { profile: Profile; warnings: string[] } {
  const read: ResumeReading = typeof content === 'string' ? readResumeText(content) : readResumeBytes(content);
  if (!read.ok) throw new InputError(name, read.error);
  return { profile: read.profile, warnings: read.warnings };
}

/** A JSON Resume file, or standard input for "-". */
export const resumeFile: InputKind = async (arg, context) => {
  const name = arg === '-' ? STDIN_NAME : arg;
  let content: string | Uint8Array;
  try {
    if (arg === '-') content = await context.readStdin();
    else {
      // Refused before it is read: a 2 GB file must not fill the memory to be told it is too large.
      const { size } = await stat(arg);
      if (size > MAX_RESUME_BYTES) throw new InputError(name, `too large for a résumé (${(size / 1024 / 1024).toFixed(1)} MB; at most 20 MB is read)`);
      content = await readFile(arg);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new InputError(name, `cannot read it (${why})`);
  }
  return { input: name, ...parseResume(name, content) };
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
