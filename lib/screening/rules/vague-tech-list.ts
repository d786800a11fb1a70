import { ownedRepositories, repositoryTechnologies } from '../github';
import { profileEvidence } from '../reading';
import { partlyShown, type FlagRule } from '../rule';
import { findTechnologies, type TechnologyMatch } from '../../vocabulary/vocabulary';
import { fold } from '../../vocabulary/words';
import { FLAG_LABELS } from '../flag-names';

/** A list this long is "long" (DOMAIN.md). */
export const LONG_LIST = 12;

/**
 * Words that make an item something other than a tool: soft skills, spoken
 * languages, methods and practices, and the category names people put over
 * their lists ("Languages", "Bases de données", "Programmiersprachen"), in
 * the six languages. An item made only of these is not a technology.
 */
const NOT_A_TOOL_WORDS = new Set(
  `a an and or of the for with in on to de des du d la le les et en el los las y e da do dos das o os von der die das und mit im w z i na oraz etc other others misc miscellaneous various general custom autres sonstige otros outros inne
  skills skill soft hard technical tech technology technologies tools tool languages language programming development developer dev web mobile software frameworks framework libraries library databases database db data stack full fullstack front back end backend frontend server side client
  design architecture patterns pattern principles principle methodology methodologies methods method practices practice process processes agile scrum kanban lean waterfall xp safe devops devsecops gitops itil prince2 pmp
  communication leadership teamwork team collaboration problem solving management project projects product time critical thinking analytical attention detail creativity adaptability mentoring coaching presentation public speaking negotiation organisation organization planning interpersonal people conflict resolution decision making self motivated motivation work ethic flexibility
  english french german spanish portuguese polish italian russian ukrainian mandarin chinese japanese korean arabic hindi dutch swedish norwegian danish finnish turkish greek hebrew czech romanian hungarian native fluent bilingual professional proficiency working elementary limited
  microservices microservice oop object oriented functional reactive asynchronous concurrency multithreading parallel distributed computing systems system operating networking network networks virtualization containerization containers orchestration automation scripting script scripts shell
  rest restful api apis web services soa event driven sourcing domain ddd tdd bdd cqrs solid clean code review reviews refactoring pair version control source open
  testing tests test unit integration end e2e qa quality assurance manual automated continuous deployment delivery release pipelines pipeline ci cd monitoring observability logging performance optimization optimisation scalability security privacy cryptography accessibility seo ux ui user experience interface responsive first progressive enhancement content oriented
  machine learning deep ai artificial intelligence big analysis analytics visualization visualisation science scientific computer cs engineering mathematics math maths statistics research writing documentation technical
  cloud computing infrastructure support administration admin sysadmin it hardware troubleshooting maintenance operations serverless embedded iot blockchain crypto cryptocurrencies peer
  basic basics advanced intermediate expert beginner notions good strong knowledge experience familiar proficient years year level junior senior
  langages langage programmation developpement logiciel logiciels bases donnees outils competences techniques technique methodologies methodologie gestion projet equipe travail systemes reseaux conception anglais francais allemand espagnol italien courant natif maternelle
  programmiersprachen sprachen sprache datenbanken werkzeuge methoden entwicklung softwareentwicklung teamfahigkeit kommunikation englisch deutsch franzosisch spanisch fliessend muttersprache kenntnisse grundkenntnisse
  lenguajes programacion datos herramientas metodologias desarrollo trabajo equipo ingles espanol frances aleman nativo avanzado basico conocimientos
  linguagens banco dados ferramentas desenvolvimento ingles portugues frances nativo fluente avancado basico conhecimentos
  jezyki jezyk programowania bazy danych narzedzia metodyki praca zespole zespolowa angielski polski niemiecki francuski hiszpanski ojczysty biegly zaawansowany podstawowy znajomosc`.split(/\s+/),
);

/** A word in an item that makes it a method or a soft skill whatever else it says ("Twelve-Factor methodology"). */
const NOT_A_TOOL_MARKERS = new Set(['methodology', 'methodologies', 'methode', 'methodik', 'metodologia', 'metodologias', 'metodyka', 'practices', 'principles', 'skills', 'competences', 'kompetenzen', 'habilidades', 'umiejetnosci', 'management', 'gestion']);

/** Technologies that are a kind of thing or a practice, not a tool ("NoSQL", "CI/CD"). SQL is a language and counts. */
const NOT_TOOLS = new Set(['nosql', 'cicd']);

interface Listed {
  key: string;
  name: string;
  /** Known to the vocabulary: found in context by id; otherwise by its own words. */
  technologyId: string | null;
}

/** One skills-list entry cut into its items: "HTML5, HTML", "Programming Languages: Python, Go", "PHP MVC (Cake, CodeIgniter)". */
function items(text: string): string[] {
  return text
    .split(/\s*(?:[,;|:()[\]·•]|\s\/\s|\s-\s|\s–\s)\s*/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

/** The item as a counted technology, or null when it is a soft skill, a spoken language, a method or a category name. */
function asTechnology(item: string, found: readonly TechnologyMatch[] = findTechnologies(item)): Listed | null {
  if (item.length > 40) return null;
  const known = found.find((m) => !NOT_TOOLS.has(m.technology.id));
  if (known) return { key: `tech:${known.technology.id}`, name: known.technology.name, technologyId: known.technology.id };
  // A kind of thing or a practice the vocabulary knows ("NoSQL", "CI/CD") is not a tool.
  if (found.length > 0) return null;
  const folded = fold(item).trim();
  // Folded text has only ASCII letters (see `fold`).
  if (!/[a-z]/.test(folded)) return null;
  const words = folded.split(/[\s\-_]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 4) return null;
  if (words.some((w) => NOT_A_TOOL_MARKERS.has(w))) return null;
  if (words.every((w) => NOT_A_TOOL_WORDS.has(w.replace(/[.'’]/g, '')))) return null;
  // Anything else on a skills list that names something is a tool, platform or product, known to us or not (xunit, NeoLoad, TravisCI).
  return { key: `word:${(folded.match(TOKEN) ?? []).join(' ')}`, name: item, technologyId: null };
}

/** Words of folded text, as tokens: "apt-get", "node.js", "c#" stay whole. */
const TOKEN = /[a-z0-9][a-z0-9.#+_-]*[a-z0-9#+]|[a-z0-9]/g;

/** Every run of one to four words of `texts`, so an item of up to four words is looked up, not searched for. */
function phrasesOf(texts: readonly string[]): Set<string> {
  const phrases = new Set<string>();
  for (const text of texts) {
    const words = text.match(TOKEN) ?? [];
    for (let i = 0; i < words.length; i++) {
      let phrase = '';
      for (let n = 0; n < 4 && i + n < words.length; n++) {
        phrase = n === 0 ? (words[i] as string) : `${phrase} ${words[i + n] as string}`;
        phrases.add(phrase);
      }
    }
  }
  return phrases;
}

/**
 * Yellow when at least 12 technologies are listed and more than half of them
 * never appear in any role, project or own repository. Every item of the
 * skills list that names a tool, language, framework, platform or product
 * counts, whether or not the vocabulary knows it; soft skills, spoken
 * languages and methods do not.
 */
export const vagueTechList: FlagRule = {
  id: 'vague-tech-list',
  kind: 'yellow',
  label: FLAG_LABELS['vague-tech-list'],
  description:
    'At least 12 technologies are listed (every tool, language, framework, platform or product on the skills list, known to us or not; not soft skills, spoken languages or methods) and more than half of them never appear in any role, project or own repository; not raised when those sections were only partly shown.',
  evaluate({ reading, github, profile }) {
    if (partlyShown(profile, ['skills', 'work', 'projects']).length > 0) return null;
    const listed = new Map<string, Listed>();
    const seen = new Map<string, Listed | null>();
    for (const sentence of reading.listed) {
      if (sentence.place === 'headline') {
        for (const m of sentence.technologies) {
          if (!NOT_TOOLS.has(m.technology.id)) listed.set(`tech:${m.technology.id}`, { key: `tech:${m.technology.id}`, name: m.technology.name, technologyId: m.technology.id });
        }
        continue;
      }
      // Most entries are one item; their technologies were found when the profile was read.
      const whole = !/[,;|:()[\]·•]|\s[/–-]\s/.test(sentence.text);
      for (const item of whole ? [sentence.text] : items(sentence.text)) {
        const tech = seen.has(item) ? seen.get(item)! : whole ? asTechnology(item, sentence.technologies) : asTechnology(item);
        seen.set(item, tech);
        if (tech && !listed.has(tech.key)) listed.set(tech.key, tech);
      }
    }
    if (listed.size < LONG_LIST) return null;

    const used = new Set<string>();
    for (const sentence of reading.context) for (const m of sentence.technologies) used.add(m.technology.id);
    for (const repo of ownedRepositories(github)) for (const rt of repositoryTechnologies(repo)) used.add(rt.technology.id);
    // Items the vocabulary does not know are looked up by their own words in the context's words.
    const unknown = [...listed.values()].filter((tech) => tech.technologyId === null).length;
    let texts: string[] | null = null;
    let phrases: Set<string> | null = null;
    let joined: string | null = null;
    const appears = (tech: Listed): boolean => {
      if (tech.technologyId !== null) return used.has(tech.technologyId);
      texts ??= [
        ...reading.context.map((s) => s.folded),
        ...ownedRepositories(github).flatMap((r) => [r.name, r.description ?? '', ...r.topics, ...(r.dependencies ?? [])].map(fold)),
      ];
      const key = tech.key.slice('word:'.length);
      // A few items: search the context's words; many: index every run of up to four words once.
      if (unknown <= 32) {
        joined ??= ` ${texts.map((t) => (t.match(TOKEN) ?? []).join(' ')).join(' | ')} `;
        return joined.includes(` ${key} `);
      }
      phrases ??= phrasesOf(texts);
      return phrases.has(key);
    };
    const unused = [...listed.values()].filter((tech) => !appears(tech));
    if (unused.length * 2 <= listed.size) return null;
    const names = unused.map((tech) => tech.name);
    const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more` : names.join(', ');
    return [
      profileEvidence(
        reading,
        `${listed.size} technologies listed; ${unused.length} never appear in a role or project: ${shown}.`,
      ),
    ];
  },
};
