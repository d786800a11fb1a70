import { EVIDENCE_PER_FLAG, type Evidence } from '../evidence';
import { ownedRepositories, repositoryEvidence, repositoryTechnologies } from '../github';
import { sentenceEvidence, type Sentence } from '../reading';
import { raised, type FlagRule, type RuleInput } from '../rule';

/** API words, case-sensitive: "API" and "REST", never "rest". */
const API_TERM =
  /(?<![\p{L}\p{N}])(?:REST(?:ful)?|[Rr]estful|GraphQL|gRPC|OpenAPI|Swagger|SOAP|APIs?|FastAPI|[Ee]ndpoints?|[Ww]eb\s?[Ss]ervices?|[Ww]ebhooks?)(?![\p{L}\p{N}])/gu;
/** Building, designing or exposing. */
const BUILD_VERB =
  /\b(?:buil[td]|building|designed|designing|design|develop(?:ed|ing)?|implement(?:ed|ing)?|creat(?:ed|ing)|wr[oi]te|writing|written|expos(?:ed|ing)|architect(?:ed|ing)|launch(?:ed|ing)|ship(?:ped|ping)|deliver(?:ed|ing)|authored|defin(?:ed|ing)|introduc(?:ed|ing)|rebuil[td]|rewr[oi]te|rewritten|maintain(?:ed|ing)?|scal(?:ed|ing)|versioned|modeled|modelled|served)\b/gi;
/** Consuming, testing or managing an API is not designing one. */
const NOT_BUILDING =
  /\b(?:consum\w*|call(?:ed|ing|s)?|integrat\w*|fetch\w*|using|uses?|leverag\w*|powered\s+by|relying|wrappers?|SDKs?|tested|testing|tests?|QA|roadmap|requirements|against|third[\s-]party|external|partner|vendor|Postman|front[\s-]?end|UI|dashboards?|clients?|pages?|screens?|mobile|React|Angular|Vue|docs|documentation)\b/i;
/** "API design", "API-first". */
const API_DESIGN_NOUN = /(?<![\p{L}\p{N}])(?:API|REST|GraphQL|gRPC)[\s-](?:design|first|contracts?|specifications?|specs?|versioning|gateway)\b/u;
/** Web frameworks whose purpose is serving HTTP APIs. */
const API_FRAMEWORKS = new Set(['fastapi', 'express', 'nestjs', 'flask', 'django', 'gin', 'spring', 'rails', 'laravel', 'dotnet', 'ktor', 'micronaut', 'quarkus', 'phoenix', 'symfony']);

/** Where in the sentence the person builds or designs an API, or -1. */
export function apiBuiltAt(text: string): number {
  const noun = API_DESIGN_NOUN.exec(text);
  if (noun) return noun.index;
  const terms: { index: number; end: number }[] = [];
  API_TERM.lastIndex = 0;
  for (let m = API_TERM.exec(text); m !== null; m = API_TERM.exec(text)) terms.push({ index: m.index, end: m.index + m[0].length });
  if (terms.length === 0) return -1;
  BUILD_VERB.lastIndex = 0;
  for (let v = BUILD_VERB.exec(text); v !== null; v = BUILD_VERB.exec(text)) {
    const verbEnd = v.index + v[0].length;
    const term = terms.find((t) => t.index >= verbEnd);
    if (!term) break;
    const between = text.slice(verbEnd, term.index);
    if (between.split(/\s+/).filter(Boolean).length > 8) continue;
    if (NOT_BUILDING.test(between)) continue;
    return v.index;
  }
  return -1;
}

function textEvidence({ reading }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const sentence of reading.context as Sentence[]) {
    const at = apiBuiltAt(sentence.text);
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

/**
 * Green when the person built, designed or exposed an API (REST, GraphQL,
 * gRPC, OpenAPI) in a role or project, or their own backend repositories serve one;
 * consuming, testing or managing someone else's API does not count.
 */
export const apiDesign: FlagRule = {
  id: 'api-design',
  kind: 'green',
  label: 'API design (REST/GraphQL)',
  description:
    'They built, designed or exposed an API (REST, GraphQL, gRPC, OpenAPI) in a role or project, or their own backend repositories serve one; consuming, testing or managing someone else\'s API does not count.',
  evaluate(input) {
    return raised(textEvidence(input), githubEvidence(input));
  },
};
