/**
 * The readable report: what a recruiter reads in a terminal. Flags with the
 * words that raised them, seniority, the role match and the questions to ask.
 */
import type { Evidence, ScreeningResult } from '../lib/screening';

/**
 * Characters a terminal acts on instead of printing: C0 controls (ESC starts
 * the sequences that set the window title or clear the screen; BEL, BS and a
 * lone CR rewrite what was shown), DEL, the C1 controls (U+009B is an 8-bit
 * CSI to some terminals) and the bidi embeddings, overrides and isolates
 * that make "gnp.exe" read as "exe.png". Tab, line feed and the CR of a CRLF
 * (the CSV's line end) are kept.
 */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g;

/**
 * Text as the command prints it: every terminal control removed. Names,
 * résumé text, file contents echoed in an error and saved pages are written
 * by strangers; nothing they wrote may drive the recruiter's terminal.
 */
export function printable(text: string): string {
  return text.replace(TERMINAL_CONTROLS, '');
}

/** The characters JSON.stringify leaves raw that a terminal would act on (it escapes C0 itself). */
const RAW_IN_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** JSON for a terminal: the same data, with DEL, C1 and bidi controls written as \uXXXX escapes so nothing is lost. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const LEVEL_WORDS: Record<ScreeningResult['seniority']['level'], string> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff+',
  unknown: 'Unknown',
};

function evidenceLine(e: Evidence): string {
  const link = e.url && e.source === 'github' ? ` <${e.url}>` : '';
  return `      ${e.source}: "${e.text}"${link}`;
}

export function formatReport(input: string, result: ScreeningResult): string {
  const out: string[] = [];
  const { basics } = result.profile;
  out.push(`== ${input} ==`);
  const who = [basics.name?.trim(), basics.label?.trim()].filter(Boolean).join(' - ');
  if (who) out.push(who);

  const s = result.seniority;
  const years = s.years === null ? 'no dated work' : `${s.years} engineering year${s.years === 1 ? '' : 's'}`;
  out.push('', `Seniority: ${LEVEL_WORDS[s.level]} (${years})${s.title ? `; latest title "${s.title}"` : ''}`);
  for (const e of s.evidence) out.push(`  - ${e.text}`);
  for (const note of s.notes) out.push(`  note: ${note}`);

  const green = result.flags.filter((f) => f.kind === 'green');
  const yellow = result.flags.filter((f) => f.kind === 'yellow');
  out.push('', `Green flags (${green.length})${green.length === 0 ? ': none' : ''}`);
  for (const f of green) {
    out.push(`  + ${f.label} [${f.id}]`);
    for (const e of f.evidence) out.push(evidenceLine(e));
  }
  out.push('', `Yellow flags (${yellow.length})${yellow.length === 0 ? ': none' : ''}`);
  for (const f of yellow) {
    out.push(`  ! ${f.label} [${f.id}]`);
    for (const e of f.evidence) out.push(evidenceLine(e));
  }

  const r = result.role;
  out.push(
    '',
    `Role: ${r.name} - ${r.mustHaveMet} of ${r.mustHave.length} must-haves met, ${r.niceToHaveMet} of ${r.niceToHave.length} nice-to-haves`,
  );
  if (r.minimumLevel) {
    const verdict = r.levelMet === null ? 'level unknown' : r.levelMet ? 'met' : 'not met';
    out.push(`  minimum level ${LEVEL_WORDS[r.minimumLevel]}: ${verdict}`);
  }
  for (const [kind, skills] of [['must-have', r.mustHave], ['nice-to-have', r.niceToHave]] as const) {
    for (const skill of skills) {
      const first = skill.evidence[0];
      out.push(`  ${skill.met ? '+' : '-'} ${kind}: ${skill.skill}: ${skill.met && first ? `"${first.text}"` : 'not evidenced'}`);
    }
  }

  if (result.probes.length > 0) {
    out.push('', 'Questions for the screen call');
    result.probes.forEach((p, i) => {
      const flag = result.flags.find((f) => f.id === p.flag);
      out.push(`  ${i + 1}. ${p.question} (${flag?.label ?? p.flag})`, `     Listen for: ${p.listenFor}`);
    });
  } else {
    out.push('', 'Questions for the screen call: no yellow flag to probe.');
  }
  return out.join('\n');
}
