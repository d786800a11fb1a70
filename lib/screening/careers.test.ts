/**
 * DOMAIN.md "Seniority": a role is judged by its title and its description
 * together, in English, French, German, Spanish, Portuguese and Polish.
 */
import { describe, expect, it } from 'vitest';
import { Profile, type ProfileInput } from '../profile/profile';
import { classifyPosition } from './careers';
import { readProfile } from './reading';

/** The verdict on one role, read the way screening reads it (title and description). */
function role(position: string, ...highlights: string[]) {
  const input: ProfileInput = { work: [{ name: 'Acme', position, startDate: '2019-01', endDate: '2021-01', highlights }] };
  return readProfile(Profile.parse(input)).positions[0]!;
}

describe('technical roles by title, in six languages', () => {
  const technical: string[] = [
    // software development, SRE/DevOps, system and network administration, security, data, QA, architecture,
    // technical consulting, developer relations, founders and CTOs, engineering leadership
    'Backend Engineer', 'PHP Software Engineer', 'Senior Full-Stack Developer', 'Site Reliability Engineer', 'DevOps Engineer',
    'System Administrator', 'Linux Sysadmin', 'Network Engineer', 'Database Administrator', 'Penetration Tester', 'Security Engineer',
    'Data Engineer', 'ML Engineer', 'QA Analyst', 'Software Tester', 'Solutions Architect', 'Technical Consultant', 'Developer Advocate',
    'CTO', 'Co-founder & CTO', 'Engineering Manager', 'Tech Lead', 'Technical Coach',
    'Développeur backend', 'Ingénieur logiciel', 'Administrateur systèmes Unix / Devops', 'Responsable systèmes', 'Architecte applicatif',
    'Analyste programmeur', 'Pentesteur', 'Testeur',
    'Softwareentwickler', 'Backend-Entwickler', 'Fachinformatiker Anwendungsentwicklung', 'Systemadministrator', 'IT-Berater',
    'Desarrolladora backend', 'Programador', 'Ingeniero de software', 'Administrador de sistemas', 'Analista programador',
    'Desenvolvedor back-end', 'Engenheira de software', 'Analista de testes',
    'Programista', 'Programistka Java', 'Inżynier oprogramowania', 'Administrator systemów', 'Tester oprogramowania',
  ];
  it.each(technical)('"%s" is technical', (title) => expect(classifyPosition(title).engineering).toBe(true));

  const other: [string, string][] = [
    ['English Teacher', 'teaching'],
    ['Chef de projet', 'project management'],
    ['Cheffe de projet digital', 'project management'],
    ['Chef de produit', 'product management'],
    ['Sous-chef', 'hospitality'],
    ['Chef', 'hospitality'],
    ['Product Manager', 'product management'],
    ['Sales Engineer', 'sales'],
    ['Technical Product Manager', 'product management'],
    ['IT Support Specialist', 'IT support'],
    ['Help Desk Technician', 'IT support'],
    ['Marketing Manager', 'marketing'],
    ['Warehouse Supervisor', 'logistics'],
    ['Docente Desarrollo Web + IA', 'teaching'],
    ['Relator Titular Bootcamp Full Stack Python', 'teaching'],
    ['Nauczyciel informatyki', 'teaching'],
    ['Projektleiter', 'project management'],
  ];
  it.each(other)('"%s" is another career (%s)', (title, career) => expect(classifyPosition(title)).toMatchObject({ engineering: false, career }));

  it('a title with a technical part is technical', () => {
    expect(classifyPosition('Web Developer / IT Support').engineering).toBe(true);
    expect(classifyPosition('Architecte applicatif / Chef de projet éditorial API / Full Stack Devops').engineering).toBe(true);
    expect(classifyPosition('Teacher & Web Developer').engineering).toBe(true);
  });
  it('"Civil Engineer" and "Mechanical Engineer" are engineers of other things', () => {
    expect(classifyPosition('Civil Engineer').engineering).toBe(false);
    expect(classifyPosition('Ingénieur génie civil').engineering).toBe(false);
  });
  it('"i" is Polish for "and", not a junior title', () => {
    expect(classifyPosition('Programista i Tester').engineering).toBe(true);
  });
});

describe('titles that say nothing either way: the description decides', () => {
  const cases: [string, string[], boolean, string][] = [
    ['Consultant', ['Redesigned a backend for a retail client in Node.js.'], true, 'redesigned a backend'],
    ['Consultant', ['Advised retailers on pricing strategy.'], false, 'no technical work described'],
    ['Founder', ['Built the MVP in Django and ran it on AWS.'], true, 'built the MVP'],
    ['Co-founder & CEO', ['Raised a seed round and hired the first ten people.'], false, 'no technical work described'],
    ['Freelance', ['Developed WordPress sites and a booking API for small businesses.'], true, 'developed WordPress sites'],
    ['Research Assistant', ['Wrote Python scripts to clean sensor data.'], true, 'wrote Python scripts'],
    ['Fondateur', ['Développement de la plateforme en Symfony.'], true, 'développement de la plateforme'],
    ['Gründer', ['Entwicklung der Plattform mit Laravel.'], true, 'entwicklung der plattform'],
    ['Consultant', ['Learning Go and Kubernetes in my spare time.'], false, 'no technical work described'],
  ];
  it.each(cases)('"%s" who says %j: technical %s', (title, highlights, technical, reason) => {
    const kind = role(title, ...highlights);
    expect(kind.engineering).toBe(technical);
    expect(kind.reason.toLowerCase()).toContain(reason.toLowerCase());
  });

  it('an explicit other career stays one whatever it built on the side', () => {
    expect(role('Maths Teacher', 'Built a grading tool in Python.').engineering).toBe(false);
  });
});

describe('internships and students', () => {
  it.each(['Software Engineering Intern', 'Stagiaire développeur', 'Praktikant Softwareentwicklung', 'Becario de desarrollo', 'Estagiário de desenvolvimento', 'Stażysta - programista', 'Werkstudent Backend', 'Alternant développeur'])(
    '"%s" is a technical internship (half weight)',
    (title) => expect(classifyPosition(title)).toMatchObject({ engineering: true, intern: true }),
  );
  it.each(['Student', 'Student Senior', 'Étudiant', 'Estudiante'])('"%s" is a student, not a job', (title) =>
    expect(classifyPosition(title)).toMatchObject({ engineering: false, student: true }),
  );
});
