/**
 * What kind of job a work entry is, read from its position: engineering work
 * counts towards seniority; other careers (teaching, sales...) are noted but
 * add no engineering years (DOMAIN.md, "Seniority").
 */
import type { RankedLevel } from './levels';

export type Career =
  | 'teaching'
  | 'product management'
  | 'project management'
  | 'marketing'
  | 'sales'
  | 'logistics'
  | 'IT support'
  | 'customer support'
  | 'design'
  | 'recruiting'
  | 'finance'
  | 'hospitality'
  | 'healthcare'
  | 'another career';

export interface PositionKind {
  /** Technical work: software, SRE/DevOps, data, QA/test, architecture, engineering leadership. */
  engineering: boolean;
  /** Internships, co-ops and apprenticeships count at half weight. */
  intern: boolean;
  /** For other work, the career in a recruiter's words. */
  career: Career | null;
}

// Checked first: titles that contain an engineering word but are not
// engineering ("Sales Engineer", "Technical Product Manager").
const OTHER_CAREERS: [Career, RegExp][] = [
  ['product management', /\bproduct\s+(?:manager|owner|lead|director|management)\b|\bPM\b/i],
  ['sales', /\bsales\b|\baccount\s+(?:executive|manager)\b|\bbusiness\s+develop/i],
  ['IT support', /\b(?:IT|desktop|technical|tech|help\s*desk|helpdesk|service\s+desk)\s+support\b|\bhelp\s*desk\b|\bsupport\s+(?:technician|specialist|analyst|engineer)\b/i],
  ['customer support', /\bcustomer\s+(?:support|service|success)\b/i],
  ['teaching', /\bteach(?:er|ing)\b|\btutor\b|\blecturer\b|\bprofessor\b|\binstructor\b|\beducator\b/i],
  ['marketing', /\bmarketing\b|\bcontent\s+(?:writer|strategist|manager)\b|\bcopywriter\b|\bSEO\b|\bsocial\s+media\b|\bcommunications\b/i],
  ['logistics', /\blogistics\b|\bwarehouse\b|\bsupply\s+chain\b|\bdispatch|\bdriver\b|\bfleet\b|\bshipping\b|\bprocurement\b/i],
  ['project management', /\bproject\s+manager\b|\bprogram\s+manager\b|\bscrum\s+master\b/i],
  ['design', /\b(?:UX|UI|graphic|visual|product)\s+designer\b|\bdesigner\b/i],
  ['recruiting', /\brecruit|\btalent\s+acquisition\b|\bsourcer\b|\bHR\b|\bhuman\s+resources\b/i],
  ['finance', /\baccountant\b|\bbookkeep|\bauditor\b|\bfinancial\s+analyst\b|\bbank\s+teller\b/i],
  ['hospitality', /\bbarista\b|^(?:restaurant\s+)?server$|\bwait(?:er|ress)\b|\bchef\b|\bcook\b|\bbartender\b|\bretail\s+associate\b|\bcashier\b|\bstore\s+manager\b/i],
  ['healthcare', /\bnurse\b|\bparamedic\b|\bpharmac|\bphysician\b|\bcaregiver\b/i],
];

const ENGINEERING =
  /\bsoftware\b|\bdevelop(?:er|ment\s+engineer)\b|\bprogrammer\b|\bcoder\b|\bengineer(?:ing)?\b|\bSRE\b|\bsite\s+reliability\b|\bdev\s*ops\b|\bdevsecops\b|\bplatform\b|\binfrastructure\b|\bdata\s+(?:engineer|scientist|analyst|architect)\b|\bmachine\s+learning\b|\bML\b|\bQA\b|\bquality\s+(?:assurance|engineer)\b|\btest(?:er|ing)?\s+(?:engineer|automation|analyst|lead)\b|\btester\b|\bSDET\b|\bautomation\s+engineer\b|\b(?:software|solutions?|cloud|technical|enterprise|data|systems?|application|security)\s+architect\b|\bCTO\b|\bchief\s+technology\s+officer\b|\bVP\s+(?:of\s+)?engineering\b|\bhead\s+of\s+(?:engineering|platform|infrastructure|data)\b|\btech(?:nical)?\s+lead\b|\bdatabase\s+administrator\b|\bDBA\b|\bweb\s+developer\b|\bfull[\s-]?stack\b|\bback[\s-]?end\b|\bfront[\s-]?end\b/i;

// Engineering words that name a non-software discipline.
const NOT_SOFTWARE_ENGINEERING =
  /\b(?:civil|mechanical|chemical|structural|electrical|sound|audio|field|process|manufacturing|sales|support|network|biomedical|environmental)\s+engineer/i;

const INTERN = /\bintern(?:ship)?\b|\bco-?op\b|\bapprentice(?:ship)?\b|\btrainee\b|\bworking\s+student\b|\bwerkstudent\b/i;

export function classifyPosition(position: string | undefined): PositionKind {
  const title = (position ?? '').trim();
  const intern = INTERN.test(title);
  if (title === '') return { engineering: false, intern, career: null };
  if (/\bproduction\s+support\b/i.test(title)) return { engineering: true, intern, career: null };
  for (const [career, re] of OTHER_CAREERS) {
    if (re.test(title)) return { engineering: false, intern, career };
  }
  if (ENGINEERING.test(title) && !NOT_SOFTWARE_ENGINEERING.test(title)) return { engineering: true, intern, career: null };
  return { engineering: false, intern, career: 'another career' };
}


/** The level a title claims, if it claims one. */
export function titleLevel(position: string | undefined): RankedLevel | null {
  const title = position ?? '';
  if (/\b(?:staff|principal|distinguished|fellow|architect|head\s+of|director|VP|vice\s+president|CTO|chief)\b/i.test(title)) return 'staff';
  if (/\b(?:senior|sr\.?|lead|III|IV)\b/i.test(title)) return 'senior';
  if (/\b(?:junior|jr\.?|associate|graduate|entry[\s-]level|intern(?:ship)?|trainee|apprentice|I)\b/i.test(title)) return 'junior';
  if (/\b(?:mid[\s-]?level|II)\b/i.test(title)) return 'mid';
  return null;
}
