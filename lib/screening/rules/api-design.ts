import { EVIDENCE_PER_FLAG, type Evidence } from '../evidence';
import { ownedRepositories, repositoryEvidence, repositoryTechnologies } from '../github';
import { isMention, makeSentence, sentenceEvidence, type Sentence } from '../reading';
import { memo, raised, type FlagRule, type RuleInput } from '../rule';
import { wordRegex } from '../../vocabulary/words';
import { FLAG_LABELS } from '../flag-names';

/**
 * API words, in any capitalisation ("Apis", "GRAPHQL"), on folded text.
 * "REST" alone is read only in capitals (below): "the rest of" is not REST.
 * "Amazon Web Services" is a cloud, and "endpoint security" is antivirus.
 */
const API_TERM = wordRegex(
  String.raw`\b(?:(?:rest(?:ful)?|graphql|grpc|soap|json|http)[\s-]?)?(?:apis?|endpoints?)\b(?![\s-](?:security|protection|detection|management|devices?))|\brestful\b|\bgraphql\b|\bgrpc\b|\bopenapi\b|\bswagger\b|\bsoap\b|(?<!\bamazon\s)\bweb[\s-]?services?\b|\bservices\s+web\b|\bservicios\s+web\b|\bservicos\s+web\b|\bwebhooks?\b|\bjson[\s-]?rpc\b|\b(?:rest[\s-]?)?schnittstellen?\b|\binterfejs\w*\s+(?:api|rest)\b`,
  'gi',
);
const REST_CAPITALS = /(?<![\p{L}\p{N}])REST(?![\p{L}\p{N}])(?!\s+(?:of|assured)\b)/gu;

/** Building, designing or exposing, in the six languages; misspellings too ("Implementated"). */
const BUILD = wordRegex(
  [
    String.raw`\b(?:buil[td]|building|build|designed|designing|design|develop\w*|implement\w*|creat(?:ed|ing|e)|creation\s+of|wr[oi]te|writing|written|expos(?:ed|ing|e)|architect(?:ed|ing)?|launch(?:ed|ing)|ship(?:ped|ping)|deliver(?:ed|ing)|authored|defin(?:ed|ing)|introduc(?:ed|ing)|rebuil[td]|rewr[oi]te|rewritten|maintain(?:ed|ing)?|scal(?:ed|ing)|versioned|(?<!threat[\s-])model(?:l)?ed|served|construct(?:ed|ion)|programm(?:ed|ing)|coded|prototyp(?:ed|ing)|added|extend(?:ed|ing))\b`,
    String.raw`\b(?:mise?\s+en\s+(?:place|oeuvre)|mets?\s+en\s+place|developpe\w*|conception|concu\w*|concevoir|realis\w*|cree[es]?|refonte|construction|entwickel\w*|entwickelt|entwicklung|implementier\w*|konzipiert|konzeption|aufgebaut|aufbau|erstellt|erstellung|gebaut|bereitgestellt|programmiert|desarroll\w*|disen\w*|cre(?:e|amos|ado|acion)|construi\w*|construccion|programe|desenvolv\w*|projet(?:ei|ou|amos|ado)|cri(?:ei|amos|ado|acao)|construcao|zaprojektowa\w*|projektowanie|stworzy\w*|tworzenie|tworzyl\w*|zaimplementowa\w*|implementacj\w*|rozwoj|rozwija\w*|budowa|zbudowa\w*|napisa\w*)\b`,
  ].join('|'),
  'gi',
);

/** Consuming, integrating, transforming, testing, documenting or managing an API is not designing one. */
const NOT_BUILDING = wordRegex(
  String.raw`\b(?:consum\w*|call(?:ed|ing|s)?|integrat\w*|integrations?|fetch\w*|using|uses?|leverag\w*|powered\s+by|relying|wrappers?|sdks?|tested|testing|tests?|qa|roadmaps?|requirements|specs|specifications?|against|third[\s-]party|external|partners?|vendors?|postman|front[\s-]?end|ui|dashboards?|clients?|pages?|screens?|mobile|react|angular|vue|docs|documentation|transform\w*|pars(?:e|ed|ing|er)|convert\w*|map(?:ped|ping)?|scrap\w*|courses?|consomm\w*|appel\w*|integr\w*|tiers|externes?|partenaires?|konsum\w*|anbindung\w*|angebunden|extern\w*|drittanbieter\w*|terceros|externas?|terceiros|zewnetrzn\w*|zintegrowa\w*)\b`,
);
/** What follows the API word and makes it someone else's: "API responses", "API tests". */
const NOT_BUILDING_AFTER = wordRegex(String.raw`^[\s-]*(?:responses?|data|calls?|requests?|keys?|limits?|docs|documentation|clients?|consumers?|integrations?|tests?|testing|wrappers?|reponses?|donnees|appels)\b`);
/** "API design", "API-first", "développement d'API", "Entwicklung von APIs". */
const API_DESIGN_NOUN = wordRegex(
  String.raw`\b(?:api|rest|graphql|grpc)[\s-](?:design|first|contracts?|specifications?|specs?|versioning|gateway|development|architecture)\b|\b(?:design|development|developpement|conception|entwicklung|desarrollo|diseno|desenvolvimento|projektowanie|tworzenie)\s+(?:of\s+|d\s?|de\s+|des\s+|von\s+|del?\s+|das\s+|dos\s+)?(?:(?:an?|the|une?|les|la|el|los|las|o|os|eines?|einer)\s+)?(?:\w+\s+){0,2}(?:(?:rest(?:ful)?|graphql|grpc)[\s-]?)?apis?\b`,
);
/** Passive: "Payments API built in Go", "APIs designed and owned by the team". */
const BUILT_AFTER = wordRegex(String.raw`^(?:\s+\w+){0,2}\s+(?:built|designed|developed|implemented|written|exposed|served|architected|developpees?|concues?|entwickelt|desarrolladas?|disenadas?|desenvolvidas?|projetadas?|zaprojektowane)\b`);
/** The subject of a role: "Payments API in Go on PostgreSQL". */
const API_SUBJECT = wordRegex(String.raw`^(?:[a-z0-9.&+-]+\s+){0,4}(?:(?:rest(?:ful)?|graphql|grpc)[\s-]?)?apis?\b`);
/** A title that builds APIs: "API Developer", "Backend API Engineer". */
const API_TITLE = wordRegex(String.raw`\bapis?\s+(?:developer|engineer|architect|designer|developpeu(?:r|se)|entwickler(?:in)?|desarrollador(?:a)?|desenvolvedor(?:a)?|programista)\b`);

/** Web frameworks whose purpose is serving HTTP APIs. */
const API_FRAMEWORKS = new Set(['fastapi', 'express', 'nestjs', 'flask', 'django', 'gin', 'spring', 'rails', 'laravel', 'dotnet', 'ktor', 'micronaut', 'quarkus', 'phoenix', 'symfony']);

function apiTerms(sentence: Sentence): { index: number; end: number }[] {
  const terms: { index: number; end: number }[] = [];
  API_TERM.lastIndex = 0;
  for (let m = API_TERM.exec(sentence.folded); m !== null; m = API_TERM.exec(sentence.folded)) {
    if (NOT_BUILDING_AFTER.test(sentence.folded.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    terms.push({ index: m.index, end: m.index + m[0].length });
  }
  REST_CAPITALS.lastIndex = 0;
  for (let m = REST_CAPITALS.exec(sentence.text); m !== null; m = REST_CAPITALS.exec(sentence.text)) {
    if (!terms.some((t) => m !== null && t.index <= m.index && t.end > m.index)) terms.push({ index: m.index, end: m.index + 4 });
  }
  return terms.filter((t) => !isMention(sentence, t.index)).sort((a, b) => a.index - b.index);
}

/**
 * Where in the sentence the person builds, designs or exposes an API, or -1.
 * A plain string is read as one sentence of a role.
 */
export function apiBuiltAt(input: Sentence | string): number {
  const sentence = typeof input === 'string' ? makeSentence(input, 'work', 0) : input;
  const { folded } = sentence;
  if (sentence.keyword) return -1;
  const terms = apiTerms(sentence);
  if (terms.length === 0) return -1;
  if (sentence.title) return API_TITLE.exec(folded)?.index ?? -1;

  const noun = API_DESIGN_NOUN.exec(folded);
  if (noun && !isMention(sentence, noun.index) && !NOT_BUILDING.test(folded.slice(noun.index, noun.index + noun[0].length))) return noun.index;

  BUILD.lastIndex = 0;
  for (let v = BUILD.exec(folded); v !== null; v = BUILD.exec(folded)) {
    if (isMention(sentence, v.index)) continue;
    const verbEnd = v.index + v[0].length;
    const term = terms.find((t) => t.index >= verbEnd);
    if (!term) break;
    const between = folded.slice(verbEnd, term.index);
    if (between.split(/\s+/).filter(Boolean).length > 8) continue;
    if (NOT_BUILDING.test(between)) continue;
    return v.index;
  }
  for (const term of terms) {
    if (BUILT_AFTER.test(folded.slice(term.end, term.end + 40))) return term.index;
  }
  // "Payments API in Go on PostgreSQL" as the subject of a role or project.
  if ((sentence.place === 'work' || sentence.place === 'project') && folded.split(/\s+/).length <= 14) {
    const subject = API_SUBJECT.exec(folded);
    // A noun phrase, not a sentence about doing something to an API ("Threat-modelled the public API").
    const lead = subject ? folded.slice(0, subject[0].length).split(/\s+/).slice(0, -1) : [];
    const verbal = lead.some((w) => /(?:ed|ing)$/.test(w) || w.length === 0);
    if (subject && !verbal && !NOT_BUILDING.test(folded) && !isMention(sentence, 0)) return 0;
  }
  return -1;
}

function textEvidence({ reading }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const sentence of reading.context) {
    const at = apiBuiltAt(sentence);
    if (at === -1) continue;
    out.push(sentenceEvidence(reading, sentence, at));
    if (out.length >= EVIDENCE_PER_FLAG) break;
  }
  return out;
}

function githubEvidence({ github }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const repo of ownedRepositories(github)) {
    if (!repo.backend.value) continue;
    const found = repositoryTechnologies(repo).filter(
      (rt) => rt.technology.category === 'api' || API_FRAMEWORKS.has(rt.technology.id),
    );
    if (found.length === 0) continue;
    out.push(repositoryEvidence(repo, `a backend project serving an API (${found.map((f) => f.reason).join(', ')})`));
    if (out.length >= EVIDENCE_PER_FLAG) break;
  }
  return out;
}

/** The flag's evidence, computed once per screening (no-database-or-api reads it too). */
export function apiDesignEvidence(input: RuleInput): Evidence[] {
  return memo(input, 'api-design', () => [...textEvidence(input), ...githubEvidence(input)]);
}

/**
 * Green when the person built, designed, implemented, developed or exposed
 * an API (REST, GraphQL, gRPC, OpenAPI) in a role or project, in any
 * language and capitalisation, or their own backend repositories serve one;
 * consuming, integrating, transforming, testing, teaching or owning the
 * roadmap of an API does not count.
 */
export const apiDesign: FlagRule = {
  id: 'api-design',
  kind: 'green',
  label: FLAG_LABELS['api-design'],
  description:
    'They built, designed, implemented or exposed an API (REST, GraphQL, gRPC, OpenAPI) in a role or project, or their own backend repositories serve one; consuming, integrating, transforming, testing, teaching or owning the roadmap of someone else\'s API does not count.',
  evaluate(input) {
    return raised(apiDesignEvidence(input));
  },
};
