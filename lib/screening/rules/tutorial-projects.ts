import type { Project } from '../../profile/profile';
import { EVIDENCE_PER_FLAG, excerpt, type Evidence } from '../evidence';
import { mergedContributions, ownedRepositories, repositoryEvidence } from '../github';
import { profileEvidence } from '../reading';
import type { FlagRule } from '../rule';
import { fold, wordRegex } from '../../vocabulary/words';
import { FLAG_LABELS } from '../flag-names';

/** Course work, tutorials, clones and boilerplate, by their usual names, in the six languages (folded text). */
export const TUTORIAL = wordRegex(
  [
    String.raw`\b(?:tutorials?|online\s+course|course[\s-]?(?:work|projects?|assignments?|final)|mooc|bootcamp|boot\s+camp|clone|capstone|class\s+project|school\s+project|university\s+project|homework|assignments?|follow[\s-]along|udemy|coursera|codecademy|freecodecamp|(?:the\s+)?odin\s+project|le\s+wagon|general\s+assembly|flatiron|app\s+academy|hack\s+reactor|lambda\s+school|openclassrooms|ironhack|nanodegree|to[\s-]?do(?:[\s-]?(?:app|list|mvc))?|learn[\s-](?:python|go|golang|rust|java|javascript|js|node|sql|react|django|flask)|weather\s+app|calculator\s+app|tic[\s-]tac[\s-]toe|boilerplate|starter\s+(?:kit|template)|guided\s+project|portfolio\s+(?:site|website))\b`,
    String.raw`\b(?:tutoriel|tutoriels|projet\s+(?:de\s+fin\s+d\s?etudes|d\s?ecole|etudiant|de\s+cours|scolaire|universitaire|de\s+formation)|exercice|tp\s+\w+|travaux\s+pratiques|kursprojekt|ubungsprojekt|studienprojekt|hausaufgabe|proyecto\s+(?:de\s+clase|final|academico|del\s+curso|universitario|escolar|del\s+bootcamp)|trabajo\s+practico|projeto\s+(?:academico|de\s+curso|da\s+faculdade|final|escolar)|trabalho\s+(?:pratico|academico)|projekt\s+(?:studencki|zaliczeniowy|na\s+studia|uczelniany|kursowy))\b`,
  ].join('|'),
);

function projectText(p: Project): string {
  return [p.name, p.description, p.type, p.entity, ...(p.highlights ?? []), ...(p.keywords ?? [])].filter(Boolean).join(' · ');
}

/**
 * Yellow when every project is course work, a tutorial, a bootcamp exercise or
 * a clone (and, from GitHub, every own repository looks tutorial-level with no
 * outside contributions), and no role is professional software development.
 */
export const tutorialProjects: FlagRule = {
  id: 'tutorial-projects',
  kind: 'yellow',
  label: FLAG_LABELS['tutorial-projects'],
  description:
    'Every project is course work, a tutorial, a bootcamp exercise or a clone (and, on GitHub, every own repository looks tutorial-level with no outside contributions), and no role is professional software development.',
  evaluate({ profile, github, reading }) {
    if (reading.positions.some((p) => p.engineering)) return null;
    const projects = profile.projects;
    const textTutorial = projects.length === 0 ? null : projects.every((p) => TUTORIAL.test(fold(projectText(p))));
    const repos = ownedRepositories(github);
    const contributions = mergedContributions(github);
    const githubTutorial =
      repos.length === 0 ? (contributions.length > 0 ? false : null) : contributions.length === 0 && repos.every((r) => r.tutorial.value);
    if (textTutorial === false || githubTutorial === false) return null;
    if (textTutorial === null && githubTutorial === null) return null;

    const evidence: Evidence[] = [];
    for (const p of projects.slice(0, EVIDENCE_PER_FLAG)) {
      const text = projectText(p);
      const at = TUTORIAL.exec(fold(text))?.index ?? 0;
      evidence.push(profileEvidence(reading, excerpt(`Project: ${text}`, at + 'Project: '.length)));
    }
    for (const repo of repos.slice(0, EVIDENCE_PER_FLAG)) {
      evidence.push(repositoryEvidence(repo, repo.tutorial.reasons.join(', ') || 'looks tutorial-level'));
    }
    const counted = [
      projects.length > 0 ? `${projects.length} project${projects.length === 1 ? '' : 's'}` : '',
      repos.length > 0 ? `${repos.length} GitHub repositor${repos.length === 1 ? 'y' : 'ies'}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    evidence.push(
      profileEvidence(reading, `${counted}: every one looks like course work, a tutorial or a clone; no role is professional software development.`),
    );
    return evidence;
  },
};
