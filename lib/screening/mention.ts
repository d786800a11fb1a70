/**
 * Use, not mention (DOMAIN.md): learning, following or teaching a
 * technology is not using it. "Learning about Go", "keeping up with
 * MongoDB", "interested in Rust", "a course on API programming", "taught
 * Python" raise no green flag. This finds the stretches of a sentence that
 * only mention: from such a cue to the end of its clause.
 *
 * Patterns are written without accents and run on the folded text (lower
 * case, accents dropped), so "Veille technologique" and "veille
 * technologique" read alike.
 */
import { mayMatch, wordRegex } from '../vocabulary/words';

/** Cues, in English, French, German, Spanish, Portuguese and Polish. */
const CUE = wordRegex(
  [
    // English
    // Not "machine learning", "e-learning", "a learning platform" or "lessons learned": those are things people build.
    String.raw`\b(?<!\b(?:machine|deep|reinforcement|federated|supervised|unsupervised|transfer|active|statistical|lessons)[\s-]|\be-)(?:learn(?:ing|ed|t|s)?(?!\s+(?:platforms?|management|systems?|apps?|applications?|experiences?|products?|paths?|curves?|rate|models?|algorithms?|engines?|portals?|content|materials?|tools?|analytics|services?|sciences?|center|centre|record)\b)|(?:currently\s+)?studying|self[\s-]?(?:study|studying|learning)|keep(?:ing)?\s+up(?:\s+to\s+date)?\s+with|kept\s+up\s+with|stay(?:ing)?\s+(?:up\s+to\s+date|current)\s+(?:with|on)|interested\s+in|interests?\s+(?:in|include)|passionate\s+about|curious\s+about|exploring|discovering|reading\s+(?:up\s+)?(?:about|on)|experiment(?:ing|ed)?\s+with|playing\s+(?:around\s+)?with|tinker(?:ing)?\s+with|want(?:s|ed)?\s+to\s+(?:learn|use|work\s+with)|hop(?:e|ing)\s+to\s+(?:learn|use|work)|plan(?:ning)?\s+to\s+learn|courses?\s+(?:on|in|about)|online\s+courses?|classes\s+(?:on|in)|(?<!models?\s)training\s+(?:on|in)|workshops?\s+(?:on|in|about)|(?<!self[\s-])taught|teach(?:ing|es)?|tutor(?:ing|ed)?|mentor(?:ing|ed)\s+(?:students|learners|trainees|juniors\s+in)|lectur(?:ing|ed)\s+(?:on|in|about)|instruct(?:ing|ed)\s+(?:students|learners)|certified\s+in|certifications?\s+in)\b`,
    // French
    String.raw`\b(?:apprentissage\s+(?:de|du|des|d)|j\s?apprends|apprendre|en\s+apprentissage|veille(?:\s+(?:techno(?:logique)?|technique))?|(?<!(?:plate-?forme|organisme|centre|site|outil|application|logiciel)s?\s(?:de|d)\s)formations?(?:\s+(?:a|au|aux|en|sur))?|autoformation|interesse(?:e)?\s+par|passionne(?:e)?\s+par|curieu(?:x|se)\s+de|decouverte\s+(?:de|du|des)|(?<!(?:au|en)\s)cours\s+(?:de|sur|d)|enseign(?:e|er|ant|ement)|j\s?enseigne)\b`,
    // German
    String.raw`\b(?:lerne|(?<!maschinelles\s|maschinellen\s)lernen|gelernt|weiterbildung(?:en)?|schulung(?:en)?|fortbildung(?:en)?|kurs(?:e)?\s+(?:zu|uber|in)|interessiert\s+(?:an|mich\s+fur)|interesse\s+an|unterricht(?:e|et|en)?)\b`,
    // Spanish
    String.raw`\b(?:aprendiendo|aprender|aprendi|aprendizaje\s+de|cursos?\s+(?:de|sobre|en)|interesad[oa]\s+en|ensenanza\s+de|ensenando|ensene|docencia\s+(?:en|de)|formacion\s+(?:en|de|intensiva\s+en))\b`,
    // Portuguese
    String.raw`\b(?:aprendendo|aprendi|aprendizado\s+de(?!\s+maquina)|cursos?\s+(?:de|sobre|em)|interessad[oa]\s+em|ensinando|ensinei|ensino\s+de|docencia\s+em|formacao\s+em)\b`,
    // Polish
    String.raw`\b(?:ucze\s+sie|uczylem\s+sie|uczylam\s+sie|nauka|kursy?|szkoleni(?:e|a)|interesuje\s+sie|zainteresowan\w*|nauczanie|prowadzenie\s+zajec)\b`,
  ].join('|'),
  'gi',
  /learn|stud|keep|kept|stay|interes|passion|curious|curieu|explor|discover|decouvert|read|experiment|play|tinker|want|hop|plan|course|class|train|workshop|taught|teach|tutor|mentor|lectur|instruct|certif|apprend|apprent|veille|format|formac|cours|enseign|lern|weiterbild|schulung|fortbild|kurs|unterricht|aprend|curso|ensen|docencia|ensin|ucz|nauk|szkol|prowadzenie/,
);

/**
 * Where a mention ends: the end of the clause, or a new clause that does
 * something ("…learned Go and built the ledger in it").
 */
const CLAUSE_END = wordRegex(
  String.raw`[.!?](?=\s|$)|;|\s[–—]\s|\b(?:but|while|whereas|then|mais|aber|pero|mas|ale)\b|(?:,|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bi\b)\s+(?:then\s+)?(?:built|build|developed|designed|implemented|created|wrote|shipped|delivered|deployed|ran|used|migrated|led|owned|maintained|operated|worked|applied|introduced|developpe|mis|cree|entwickelt|desarrolle|desenvolvi|stworzylem)\b`,
  'gi',
);

/** Titles that are teaching: what such a position names is taught, not used ("Python Instructor"). */
export const TEACHING_TITLE = wordRegex(
  String.raw`\b(?:instructor|teacher|tutor|lecturer|trainer|educator|professor|teaching\s+assistant|bootcamp\s+(?:coach|mentor)|enseignant(?:e)?|professeur(?:e)?|format(?:eur|rice)|lehrer(?:in)?|dozent(?:in)?|ausbilder(?:in)?|profesor(?:a)?|docente|maestr[oa]|relator(?:a)?|professor(?:a)?|instrutor(?:a)?|nauczyciel(?:ka)?|wykladowca|trener(?:ka)?)\b`,
);

export type Span = readonly [number, number];

/** The stretches of `folded` (a folded sentence) that only mention what they name. */
export function mentionSpans(folded: string): Span[] {
  const spans: Span[] = [];
  if (!mayMatch(CUE, folded)) return spans;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(folded); m !== null; m = CUE.exec(folded)) {
    const start = m.index;
    CLAUSE_END.lastIndex = start + m[0].length;
    const end = CLAUSE_END.exec(folded)?.index ?? folded.length;
    spans.push([start, end]);
    CUE.lastIndex = Math.max(end, CUE.lastIndex);
  }
  return spans;
}

export function insideSpans(spans: readonly Span[], index: number): boolean {
  for (const [start, end] of spans) if (index >= start && index < end) return true;
  return false;
}
