/**
 * What kind of job a work entry is (DOMAIN.md "Seniority"): technical roles
 * count towards engineering years; other careers (teaching, product
 * management, marketing, pre-sales, logistics, IT help desk…) are noted but
 * add nothing. A role is judged by its title and its description together,
 * in English, French, German, Spanish, Portuguese and Polish:
 * - a title with a technical part is technical ("Web Developer / IT
 *   Support", "Architecte applicatif / Chef de projet");
 * - a title that says nothing either way ("Consultant", "Founder",
 *   "Freelance") is technical when its description shows technical work
 *   ("redesigned a backend", "built the MVP in Django");
 * - "Chef de projet" is a project manager, not a cook.
 *
 * Patterns are written without accents and run on folded text.
 */
import type { RankedLevel } from './levels';
import { fold, wordRegex } from '../vocabulary/words';

export type Career =
  | 'teaching'
  | 'product management'
  | 'project management'
  | 'business analysis'
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
  /** Technical work: software, SRE/DevOps, sysadmin, security, data, QA/test, architecture, consulting, founders who built, leadership. */
  engineering: boolean;
  /** Internships, co-ops, apprenticeships and working students count at half weight. */
  intern: boolean;
  /** For other work, the career in a recruiter's words. */
  career: Career | null;
  /** A student position ("Student", "Étudiant"): early-career evidence, not a job. */
  student: boolean;
  /** Why, in a recruiter's words: "software development", "redesigned a backend", "teaching". */
  reason: string;
}

/** The sentences of a role that say what it was (its summary, highlights and keywords). */
export interface RoleText {
  text: string;
  folded: string;
  title: boolean;
  keyword: boolean;
  used: readonly { index: number }[];
}

// Technical titles, each with the reason a recruiter reads. Checked on each
// part of a title ("Web Developer / IT Support" has a technical part).
const TECHNICAL_TITLES: [string, RegExp][] = [
  ['engineering leadership', wordRegex(String.raw`\b(?:cto|chief\s+technology\s+officer|chief\s+technical\s+officer|vp\s+(?:of\s+)?engineering|vice\s+president\s+(?:of\s+)?engineering|head\s+of\s+(?:engineering|software|development|platform|infrastructure|data|technology|it|tech|backend|devops|security)|(?:director|directeur|directrice|director[a]?|dyrektor)\s+(?:of\s+)?(?:engineering|technique|technical|technology|development|developpement|desarrollo|tecnologia|techniczny|it)|engineering\s+(?:manager|lead|director)|(?:tech|technical|dev|development|software|engineering)\s+lead|lead\s+(?:developer|engineer|dev|programmer|architect)|responsable\s+technique|directeur\s+technique|technischer\s+leiter|leiter\s+(?:softwareentwicklung|entwicklung|it)|teamleiter\s+(?:softwareentwicklung|entwicklung)|jefe\s+de\s+(?:desarrollo|tecnologia|sistemas)|lider\s+tecnico|lider\s+tecnica|lider\s+techniczny|kierownik\s+(?:zespolu\s+)?(?:programistow|it|dzialu\s+it)|technical\s+co-?founder|co-?founder\s*(?:&|and|\/|,)\s*cto)\b`)],
  ['site reliability and DevOps', wordRegex(String.raw`\b(?:sre|site\s+reliability|dev\s*ops|devsecops|mlops|platform\s+(?:engineer|developer|team)|infrastructure\s+(?:engineer|developer|architect)|cloud\s+(?:engineer|architect|developer)|release\s+engineer|build\s+engineer|ingenieur\s+(?:devops|cloud|infrastructure|production|exploitation)|administrat(?:eur|rice)\s+devops)\b`)],
  ['system and network administration', wordRegex(String.raw`\b(?:sys\s*admin|system(?:s)?\s+(?:administrator|admin|engineer|programmer)|(?:linux|unix|windows|network|database|cloud|it|server)\s+(?:administrator|admin)|network\s+(?:engineer|architect)|dba|database\s+administrator|administrat(?:eur|rice)\s+(?:systemes?|reseaux?|linux|unix|bases?\s+de\s+donnees|sys)|admin(?:istrateur)?\s+sys(?:teme)?s?|responsable\s+(?:systemes?|infrastructure|reseaux?|exploitation)|ingenieur\s+(?:systemes?|reseaux?|systemes?\s+et\s+reseaux?)|system(?:administrator|techniker|ingenieur)(?:in)?|netzwerk(?:administrator|techniker|ingenieur)(?:in)?|linux-?administrator|administrador(?:a)?\s+de\s+(?:sistemas|redes|bases\s+de\s+datos|banco\s+de\s+dados)|ingeniero\s+de\s+(?:sistemas|redes)|analista\s+de\s+(?:sistemas|infraestructura|infraestrutura|redes)|administrator\s+(?:systemow|sieci|baz\s+danych|it)|administratorka\s+(?:systemow|sieci)|inzynier\s+(?:systemow|sieci))\b`)],
  ['security engineering', wordRegex(String.raw`\b(?:security\s+(?:engineer|architect|researcher|consultant|tester|specialist|developer)|penetration\s+tester|pen\s*tester|pentester|pentesteur|ethical\s+hacker|red\s+team(?:er)?|appsec|application\s+security|offensive\s+security|ingenieur\s+(?:securite|cybersecurite)|auditeur\s+(?:securite|technique|pentest)|consultant(?:e)?\s+(?:securite|cybersecurite)|sicherheitsingenieur(?:in)?|penetrationstester(?:in)?|it-sicherheits\w+|ingeniero\s+de\s+(?:seguridad|ciberseguridad)|analista\s+de\s+(?:ciberseguridad|seguranca|seguridad\s+ofensiva)|engenheir[oa]\s+de\s+seguranca|specjalista\s+(?:ds\.?\s+)?(?:cyber)?bezpieczenstwa|inzynier\s+bezpieczenstwa|tester\s+penetracyjny)\b`)],
  ['data and ML engineering', wordRegex(String.raw`\b(?:data\s+(?:engineer|scientist|analyst|architect|developer)|machine\s+learning|ml\s+(?:engineer|scientist|developer)|ai\s+(?:engineer|developer)|mlops|analytics\s+engineer|bi\s+(?:developer|engineer)|ingenieur\s+(?:data|donnees|big\s+data|ml|ia)|data[\s-]?(?:ingenieur|engineer|scientist)(?:in)?|ingeniero\s+de\s+datos|cientifico\s+de\s+datos|engenheir[oa]\s+de\s+dados|cientista\s+de\s+dados|inzynier\s+danych|analityk\s+danych)\b`)],
  ['QA and testing', wordRegex(String.raw`\b(?:qa|quality\s+assurance|quality\s+engineer|sdet|test(?:ing)?\s+(?:engineer|automation|analyst|lead|manager|developer|specialist|architect)|(?:software|automation|manual|performance|qa|api)\s+tester|tester|testeur|testeuse|ingenieur\s+(?:test|qualite|validation)|analyste\s+(?:test|qa)|(?:software)?tester(?:in)?|testingenieur(?:in)?|testautomatisierer(?:in)?|qualitatssicherung|analista\s+(?:de\s+)?(?:qa|pruebas|testes|calidad|qualidade)|ingeniero\s+de\s+(?:pruebas|calidad)|testador(?:a)?|testerka|tester\s+oprogramowania|inzynier\s+(?:testow|jakosci))\b`)],
  ['software architecture', wordRegex(String.raw`\b(?:(?:software|solutions?|cloud|technical|enterprise|data|systems?|application|applications|integration|security|backend|platform|it)\s+architect|architecte\s+(?:logiciel|applicatif|applications?|technique|solutions?|cloud|si|systemes?|d\s?entreprise|java|logiciels)|architecte|softwarearchitekt(?:in)?|it-architekt(?:in)?|arquitect[oa]\s+(?:de\s+)?(?:software|soluciones|sistemas|cloud|aplicaciones)|arquitet[oa]\s+(?:de\s+)?(?:software|solucoes|sistemas|cloud)|architekt\s+(?:oprogramowania|systemow|rozwiazan|it|aplikacji))\b`)],
  ['technical consulting', wordRegex(String.raw`\b(?:(?:technical|technology|tech|it|software|solutions|cloud|data|devops|sap|salesforce|erp|integration|backend|java|python)\s+consultant|consultant(?:e)?\s+(?:technique|informatique|developpeur|developpeuse|it|java|devops|cloud|data|si)|it-berater(?:in)?|(?:software|technischer|technische)\s+berater(?:in)?|consultor(?:a)?\s+(?:tecnic[oa]|de\s+ti|it|de\s+software|sap|de\s+desarrollo|de\s+sistemas)|konsultant(?:ka)?\s+(?:it|techniczny|techniczna))\b`)],
  ['developer relations and support', wordRegex(String.raw`\b(?:developer\s+(?:advocate|relations|evangelist|experience|support)|devrel|dev\s+rel|technical\s+(?:coach|trainer\s+for\s+developers)|tech\s+coach|software\s+craftsman)\b`)],
  ['software development', wordRegex(String.raw`\b(?:software|developer|develop(?:ment)?\s+engineer|programmer|coder|engineer(?:ing)?|swe|web\s*developer|web\s*dev|full[\s-]?stack|back[\s-]?end|front[\s-]?end|mobile\s+developer|ios\s+developer|android\s+developer|game\s+developer|webmaster|developpeu(?:r|se)|dev|ingenieur(?:e)?\s+(?:logiciel|developpement|informatique|etudes?|r\s?&\s?d|en\s+informatique|full[\s-]?stack|backend|back-end)|ingenieur(?:e)?\s+d\s?etudes|analyste[\s-]programmeu(?:r|se)|programmeu(?:r|se)|concepteur(?:\s+|-)developpeur|\w*entwickler(?:in)?|programmierer(?:in)?|fachinformatiker(?:in)?|softwareingenieur(?:in)?|informatiker(?:in)?|desarrollador(?:a)?|programador(?:a)?|ingenier[oa]\s+(?:de\s+)?(?:software|informatic[oa]|de\s+desarrollo|backend|full\s?stack)|analista\s+programador(?:a)?|desenvolvedor(?:a)?|(?:software|anwendungs|web|backend|frontend|app|spiele|it-)entwicklung|desarrollo(?!\s+de\s+negocios?)|desenvolvimento(?!\s+de\s+negocios)|developpement(?!\s+(?:commercial|des\s+ventes|rh))|rozwoj\s+oprogramowania|engenheir[oa]\s+de\s+software|programista|programistka|deweloper(?:ka)?|inzynier\s+oprogramowania|tworca\s+oprogramowania)\b`)],
];

// Checked on each part before the technical titles: parts that contain a
// technical-sounding word but are another career ("Sales Engineer",
// "Technical Product Manager", "Chef de projet").
const OTHER_CAREERS: [Career, RegExp][] = [
  ['product management', wordRegex(String.raw`\b(?:product\s+(?:manager|owner|lead|director|management|specialist)|pm|chef(?:fe)?\s+de\s+produit|product\s+owner|produktmanager(?:in)?|produktverantwortliche\w*|gerente\s+de\s+producto|gerente\s+de\s+produto|responsable\s+de\s+producto|menedzer\s+produktu|wlasciciel\s+produktu)\b`)],
  ['sales', wordRegex(String.raw`\b(?:sales|pre[\s-]?sales|account\s+(?:executive|manager)|business\s+dev(?:elop\w*)?|desarrollo\s+de\s+negocios?|desenvolvimento\s+de\s+negocios|developpement\s+(?:commercial|des\s+ventes)|geschaftsentwicklung|solutions?\s+engineer|sales\s+engineer|avant[\s-]vente|commercial(?:e)?|ingenieur\s+(?:commercial|d\s?affaires|avant[\s-]vente)|vertrieb\w*|vendedor(?:a)?|preventa|pre[\s-]?venda|handlowiec|przedstawiciel\s+handlowy)\b`)],
  ['IT support', wordRegex(String.raw`\b(?:(?:it|desktop|technical|tech|help\s*desk|helpdesk|service\s+desk|end[\s-]user|pc)\s+support|help\s*desk|helpdesk|service\s+desk|support\s+(?:technician|specialist|analyst|agent)|technicien(?:ne)?\s+(?:support|informatique|helpdesk|de\s+maintenance|poste\s+de\s+travail)|support\s+informatique|it-support|tecnico\s+(?:de\s+)?(?:soporte|suporte|informatico|informatica)|soporte\s+tecnico|suporte\s+tecnico|technik\s+(?:informatyk|it|wsparcia)|wsparcie\s+techniczne|informatyk)\b`)],
  ['customer support', wordRegex(String.raw`\b(?:customer\s+(?:support|service|success|care)|service\s+client|kundenservice|kundenbetreuer\w*|atencion\s+al\s+cliente|atendimento\s+ao\s+cliente|obsluga\s+klienta)\b`)],
  ['teaching', wordRegex(String.raw`\b(?:teach(?:er|ing)|tutor|lecturer|professor|instructor|educator|teaching\s+assistant|trainer|enseignant(?:e)?|professeur(?:e)?|format(?:eur|rice)|lehrer(?:in)?|dozent(?:in)?|lehrkraft|profesor(?:a)?|docente|maestr[oa]|relator(?:a)?|professor(?:a)?|instrutor(?:a)?|nauczyciel(?:ka)?|wykladowca|korepetytor(?:ka)?)\b`)],
  ['marketing', wordRegex(String.raw`\b(?:marketing|content\s+(?:writer|strategist|manager)|copywriter|seo|social\s+media|communications|community\s+manager|redacteur|redactrice|mercadotecnia|marketingu)\b`)],
  ['logistics', wordRegex(String.raw`\b(?:logistics|logistique|logistik\w*|logistica|logistyk\w*|warehouse|entrepot|lager\w*|almacen|armazem|magazyn\w*|supply\s+chain|dispatch\w*|driver|chauffeur|fahrer(?:in)?|conductor(?:a)?|motorista|kierowca|fleet|shipping|procurement|achats?|einkauf|compras)\b`)],
  ['project management', wordRegex(String.raw`\b(?:project\s+(?:manager|lead|coordinator)|program(?:me)?\s+manager|scrum\s+master|delivery\s+manager|chef(?:fe)?\s+de\s+projets?|cheffe\s+de\s+projets?|directeur\s+de\s+projets?|responsable\s+de\s+projets?|projektleiter(?:in)?|projektmanager(?:in)?|jefe\s+de\s+proyectos?|gerente\s+de\s+proyectos?|gerente\s+de\s+projetos?|gestor(?:a)?\s+de\s+projetos?|kierownik\s+projektu|project\s+managerka)\b`)],
  ['business analysis', wordRegex(String.raw`\b(?:business\s+analyst|functional\s+analyst|analyste\s+(?:fonctionnel(?:le)?|metier|business)|consultant(?:e)?\s+fonctionnel(?:le)?|business[\s-]analyst(?:in)?|analista\s+(?:funcional|de\s+negocio|de\s+negocios)|analityk\s+biznesowy)\b`)],
  ['design', wordRegex(String.raw`\b(?:(?:ux|ui|graphic|visual|product|web|interaction)\s+designer|designer|graphiste|grafik(?:er|erin)|disenador(?:a)?|designer\s+grafico|projektant(?:ka)?\s+(?:graficzny|ux|ui))\b`)],
  ['recruiting', wordRegex(String.raw`\b(?:recruit\w*|talent\s+acquisition|sourcer|hr|human\s+resources|recrut\w*|ressources\s+humaines|personal\w*|reclutador(?:a)?|recursos\s+humanos|rekruter(?:ka)?|kadr\w*)\b`)],
  ['finance', wordRegex(String.raw`\b(?:accountant|bookkeep\w*|auditor|financial\s+analyst|bank\s+teller|comptable|buchhalter(?:in)?|contador(?:a)?|contable|ksiegow\w*)\b`)],
  // "Chef" is a cook only on its own or in a kitchen, never "chef de projet", "chef d'équipe".
  ['hospitality', wordRegex(String.raw`\b(?:barista|^(?:restaurant\s+)?server$|wait(?:er|ress)|chef(?!\s+(?:de\s+(?:projets?|produit|service\s+(?:informatique|it|technique|etudes)|mission|equipe|groupe|pole)|d\s?equipe|technique|des\s+ventes))|cook|bartender|retail\s+associate|cashier|store\s+manager|serveu(?:r|se)|cuisinier(?:e)?|koch|kellner(?:in)?|camarer[oa]|cocinero|garcom|kelner(?:ka)?|kucharz|kasjer(?:ka)?|sprzedawca|vendeu(?:r|se))\b`)],
  ['healthcare', wordRegex(String.raw`\b(?:nurse|paramedic|pharmac\w*|physician|caregiver|infirmi(?:er|ere)|krankenpfleger\w*|enfermer[oa]|pielegniar\w*)\b`)],
];

/** Titles that say nothing either way: the description decides. */
const OPEN_TITLE = wordRegex(
  String.raw`^(?:(?:senior|junior|lead|principal|independent|freelance|external|associate|sr|jr)\.?\s+)*(?:consultant(?:e)?|consultor(?:a)?|berater(?:in)?|konsultant(?:ka)?|founder|co-?founder|cofounder|fondat(?:eur|rice)|co-?fondat(?:eur|rice)|grunder(?:in)?|mitgrunder(?:in)?|fundador(?:a)?|cofundador(?:a)?|zalozyciel(?:ka)?|wspolzalozyciel(?:ka)?|ceo|owner|proprietaire|inhaber(?:in)?|freelancer?|freelance|self[\s-]employed|independent|independant(?:e)?|auto-?entrepreneur|selbststandig\w*|autonom[oa]|freelancer|contractor|contract|research\s+(?:assistant|associate|engineer|fellow)|researcher|assistant\s+de\s+recherche|wissenschaftliche\w*\s+mitarbeiter\w*|investigador(?:a)?|pesquisador(?:a)?|badacz|analyst|analyste|analista|analityk|specialist|specialiste|spezialist(?:in)?|especialista|specjalista|architect|architekt(?:in)?|arquitect[oa]|coach|technician|technicien(?:ne)?|techniker(?:in)?|tecnico|technik|team\s+lead(?:er)?|chef\s+d\s?equipe|teamleiter(?:in)?|jefe\s+de\s+equipo|lider\s+de\s+equipo|kierownik\s+zespolu|manager|gerente|kierownik|intern|stagiaire|praktikant(?:in)?|becari[oa]|pasante|estagiari[oa]|stazysta|stazystka|praktykant(?:ka)?|trainee|apprentice|alternant(?:e)?|apprenti(?:e)?|working\s+student|werkstudent(?:in)?|support\s+engineer|technical\s+support\s+engineer|support|assistant|associate|employee|staff|member)\b`,
);

const INTERN = wordRegex(
  String.raw`\b(?:intern(?:ship)?|co-?op|apprentice(?:ship)?|trainee|auszubildende[rn]?|azubi|working\s+student|student\s+(?:developer|engineer|programmer|assistant|worker)|werkstudent(?:in)?|praktikant(?:in)?|praktikum|stagiaire|stage|alternant(?:e)?|alternance|apprenti(?:e)?|becari[oa]|pasante|practicas|practicante|estagiari[oa]|estagio|stazysta|stazystka|staz|praktykant(?:ka)?|praktyki)\b`,
);

/** "Student", "Étudiant"… as a position: early-career, not a job. */
export const STUDENT = wordRegex(
  String.raw`\b(?:student(?:in|ka)?|undergraduate|graduate\s+student|grad\s+student|phd\s+(?:student|candidate)|ph\.?\s?d\.?\s+(?:student|candidate)|master'?s\s+student|msc\s+student|bsc\s+student|doctoral\s+(?:student|candidate)|etudiant(?:e)?|doctorant(?:e)?|studierende[r]?|doktorand(?:in)?|estudiante|alumn[oa]|estudante|alun[oa]|doktorant(?:ka)?)\b`,
);

// Engineering words that name a non-software discipline.
const NOT_SOFTWARE_ENGINEERING = wordRegex(
  String.raw`\b(?:civil|mechanical|chemical|structural|electrical|sound|audio|field|process|manufacturing|biomedical|environmental|mining|petroleum|aerospace|industrial|hardware|maintenance|quality\s+control|geotechnical|agricultural|nuclear|hvac|building|construction|site|field\s+service)\s+engineer|\bingenieur(?:e)?\s+(?:civil|mecanique|chimiste|electricien|procedes|genie\s+civil|btp|batiment|travaux|qualite\s+(?:fournisseur|production))|\b(?:bauingenieur|maschinenbauingenieur|elektroingenieur)\w*|\bingeniero\s+(?:civil|mecanico|quimico|industrial|electrico)|\bengenheir[oa]\s+(?:civil|mecanic[oa]|quimic[oa]|eletricista|de\s+producao)|\binzynier\s+(?:budowy|mechanik|elektryk|produkcji)`,
);

/** Technical work in a role's description: a verb of building or running, and something technical it acts on. */
const TECHNICAL_VERB = wordRegex(
  String.raw`\b(?:built|build(?:ing|s)?|develop(?:ed|ing|s)?|design(?:ed|ing)?|redesign(?:ed|ing)?|implement(?:ed|ing)?|architect(?:ed|ing)?|re-?architect(?:ed|ing)?|programm(?:ed|ing)|coded|coding|wrote|writ(?:ing|ten)|rewr(?:ote|itten)|refactor(?:ed|ing)?|migrat(?:ed|ing)|deploy(?:ed|ing)?|automat(?:ed|ing)|administer(?:ed|ing)|administrat(?:ed|ing)|configur(?:ed|ing)|maintain(?:ed|ing)|operat(?:ed|ing)|ran|run(?:ning)?|scal(?:ed|ing)|debugg(?:ed|ing)|pentest(?:ed|ing)?|penetration[\s-]test(?:ed|ing)|audit(?:ed|ing)|harden(?:ed|ing)|prototyp(?:ed|ing)|ship(?:ped|ping)|launch(?:ed|ing)|integrat(?:ed|ing)|creat(?:ed|ing)|modernis(?:ed|ing)|moderniz(?:ed|ing)|optimi[sz](?:ed|ing)|set\s+up|stood\s+up|mise?\s+en\s+(?:place|oeuvre|production)|mets?\s+en\s+place|developpe(?:ment|r)?|concu|conception|realise|realisation|refonte|implemente|administration|entwickelt|entwicklung|implementiert|konzipiert|aufgebaut|programmiert|betreut|administriert|desarrolle|desarrollo|disene|diseno|implemente|implementacion|construi|programe|administre|desenvolvi|desenvolvimento|implementei|criei|projetei|construi|administrei|zaprojektowal(?:em|am)|stworzyl(?:em|am)|zaimplementowal(?:em|am)|wdrozyl(?:em|am)|wdrozenie|rozwoj|tworzenie|projektowanie|programowanie|administrowanie|utrzymanie)\b`,
);
/**
 * What that verb must act on to be engineering: software things, not
 * "products", "strategies" or "relationships". A technology named after the
 * verb counts too ("built the ledger in Go").
 */
const TECHNICAL_OBJECT = wordRegex(
  String.raw`\b(?:back[\s-]?ends?|front[\s-]?ends?|apis?|rest|graphql|microservices?|web\s+services?|platforms?|applications?|apps?|web\s*apps?|websites?|web\s+sites?|software|servers?|databases?|data\s+pipelines?|pipelines?|infrastructure|clusters?|networks?|firewalls?|scripts?|code\s*base|codebase|code|mvp|prototype|saas|sdk|libraries|library|etl|ci\/?cd|deployments?|containers?|penetration\s+tests?|pentests?|vulnerabilit(?:y|ies)|exploits?|endpoints?|applis?|logiciels?|serveurs?|reseaux?|bases?\s+de\s+donnees|plateformes?|anwendungen|anwendung|server|datenbank(?:en)?|schnittstellen?|plattform(?:en)?|aplicaciones|aplicacion|servidores|bases?\s+de\s+datos|plataformas?|aplicacoes|aplicacao|banco\s+de\s+dados|aplikacj[aei]|aplikacji|serwer(?:y|ow)?|baz[ay]?\s+danych|platform[ay]?|oprogramowani[ae])\b`,
);

/** Words that start a new phrase after a role's object. */
const PHRASE_STOP = new Set(['for', 'with', 'in', 'on', 'to', 'at', 'of', 'and', 'or', 'the', 'a', 'an', 'from', 'into', 'using', 'that', 'which', 'by', 'as', 'pour', 'avec', 'en', 'sur', 'de', 'des', 'du', 'et', 'mit', 'fur', 'und', 'von', 'con', 'para', 'y', 'em', 'com', 'e', 'dla', 'w', 'z', 'i', 'na']);

function technicalPart(part: string): string | null {
  for (const [, re] of OTHER_CAREERS) if (re.test(part)) return null;
  if (NOT_SOFTWARE_ENGINEERING.test(part)) return null;
  for (const [reason, re] of TECHNICAL_TITLES) if (re.test(part)) return reason;
  return null;
}

/** A title cut into its parts: "Web Developer / IT Support" → both. */
function titleParts(folded: string): string[] {
  return folded
    .split(/\s*(?:[/|,;+&–—]|\s-\s|\sand\s|\set\s|\sund\s|\sy\s|\se\s|\si\s)\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A short phrase from the description showing technical work ("redesigned a backend"), or null. */
export function technicalWork(sentences: readonly RoleText[]): string | null {
  for (const s of sentences) {
    if (s.title) continue;
    if (s.keyword) continue;
    const verb = TECHNICAL_VERB.exec(s.folded);
    if (!verb) continue;
    const after = s.folded.slice(verb.index);
    const found = TECHNICAL_OBJECT.exec(after);
    const object = found && found.index < 80 ? found : null;
    const usesTechnology = s.used.some((m) => m.index > verb.index);
    if (!object && !usesTechnology) continue;
    let end = object ? verb.index + object.index + object[0].length : Math.min(s.text.length, verb.index + 60);
    // One more word when it finishes the noun ("ran vulnerability scans"), not when it starts a new phrase ("a backend for…").
    const next = /^\s+([a-z0-9-]+)/.exec(s.folded.slice(end));
    if (object && next && !PHRASE_STOP.has(next[1] as string)) end += next[0].length;
    const phrase = s.text.slice(verb.index, end).replace(/\s+/g, ' ').replace(/[,;:.]+$/, '').trim();
    const words = phrase.split(' ');
    const short = words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : phrase;
    return short.charAt(0).toLowerCase() + short.slice(1);
  }
  return null;
}

/** What kind of job a title is, on its own. */
export function classifyPosition(position: string | undefined): PositionKind {
  return classifyRole(position, []);
}

interface TitleVerdict {
  intern: boolean;
  student: boolean;
  /** The technical part's reason ("software development"), or null. */
  technical: string | null;
  /** An explicit other career, or null. */
  career: Career | null;
  open: boolean;
}

/** Titles repeat (eight "Software Engineer" roles): each is judged once. */
const titleVerdicts = new Map<string, TitleVerdict>();

function judgeTitle(folded: string): TitleVerdict {
  const known = titleVerdicts.get(folded);
  if (known) return known;
  const intern = INTERN.test(folded);
  const technical = /\bproduction\s+support\b/.test(folded) ? 'production support' : technicalPartOf(folded);
  let career: Career | null = null;
  if (technical === null) {
    for (const [name, re] of OTHER_CAREERS) {
      if (re.test(folded)) {
        career = name;
        break;
      }
    }
  }
  const verdict: TitleVerdict = {
    intern,
    student: !intern && technical === null && career === null && STUDENT.test(folded),
    technical,
    career,
    open: OPEN_TITLE.test(folded),
  };
  if (titleVerdicts.size > 2000) titleVerdicts.clear();
  titleVerdicts.set(folded, verdict);
  return verdict;
}

/** What kind of job a role is: its title and its description, together. */
export function classifyRole(position: string | undefined, sentences: readonly RoleText[]): PositionKind {
  const title = (position ?? '').trim();
  if (title === '' && sentences.length === 0) return { engineering: false, intern: false, career: null, student: false, reason: 'no title' };
  const { intern, student, technical, career, open } = judgeTitle(fold(title));
  if (technical !== null) return { engineering: true, intern, career: null, student: false, reason: technical };
  // An explicit other career stays one, whatever its description says (a teacher who built a grading script is a teacher).
  if (career !== null) return { engineering: false, intern, career, student: false, reason: career };
  if (student) return { engineering: false, intern: false, career: null, student: true, reason: 'student' };

  // A title that says nothing either way, or none we know: the description decides.
  const work = technicalWork(sentences);
  if (work !== null) return { engineering: true, intern, career: null, student: false, reason: work };
  if (title === '') return { engineering: false, intern, career: null, student: false, reason: 'no title' };
  if (open || intern) return { engineering: false, intern, career: 'another career', student: false, reason: 'no technical work described' };
  return { engineering: false, intern, career: 'another career', student: false, reason: 'another career' };
}

function technicalPartOf(folded: string): string | null {
  for (const part of titleParts(folded)) {
    const reason = technicalPart(part);
    if (reason !== null) return reason;
  }
  return null;
}

/** The level a title claims, if it claims one. */
export function titleLevel(position: string | undefined): RankedLevel | null {
  const title = fold(position ?? '');
  if (/\b(?:staff|principal|distinguished|fellow|architect|architecte|architekt|arquitect[oa]|arquitet[oa]|head\s+of|director|directeur|dyrektor|vp|vice\s+president|cto|chief)\b/i.test(title)) return 'staff';
  // Roman numerals only in capitals: "i" is Polish for "and".
  const roman = /\b(I{1,3}|IV)\b/.exec(position ?? '')?.[1];
  if (/\b(?:semi[\s-]?senior|mid[\s-]?level|regular|pleno)\b/i.test(title) || roman === 'II') return 'mid';
  if (/\b(?:senior|sr\.?|lead|confirme|starsz[ya])\b/i.test(title) || roman === 'III' || roman === 'IV') return 'senior';
  if (/\b(?:junior|jr\.?|associate|graduate|entry[\s-]level|intern(?:ship)?|trainee|apprentice|debutant|mlodszy|stagiaire|praktikant|becario|estagiario|stazysta)\b/i.test(title) || roman === 'I') return 'junior';
  return null;
}
