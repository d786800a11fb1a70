import type { Evidence } from '../evidence';
import { memo, patternEvidence, raised, type FlagRule, type RuleInput } from '../rule';
import type { Sentence } from '../reading';
import { matches, mayMatch, wordRegex } from '../../vocabulary/words';
import { FLAG_LABELS } from '../flag-names';

/**
 * Operating software for real, in the six languages (written without
 * accents: they run on folded text): on-call, incidents and outages, SLOs
 * and uptime, production support. A bare "deployed to production" is not
 * enough; "workplace incidents" and "video production" are not software.
 */
export const OPERATIONS = wordRegex(
  [
    String.raw`\bon[\s-]call\b|\bpager(?:duty)?\b|\bincidents?\b(?<!\b(?:workplace|safety|security\s+guard|customer|patient|traffic|road|health\s+and\s+safety)\s+incidents?)|\boutages?\b|\bpost[\s-]?mortems?\b|\bslos?\b|\bslis?\b|\bslas?\b|\buptime\b|\b(?:99\.9+|99\.99)\s?%|\bfour\s+nines\b|\bhigh[\s-]availability\b|\bdisaster\s+recovery\b|\bproduction\s+(?:support|incidents?|issues?|outages?|debugging|on[\s-]call|traffic|load|alerts?|monitoring|readiness)\b`,
    String.raw`\b(?:supported|supporting|operated|operating|ran|running|debugg(?:ed|ing)|troubleshoot(?:ed|ing)?|monitor(?:ed|ing)|maintain(?:ed|ing)?|scaled|scaling)\s+(?:\w+\s+){0,3}(?:in\s+production|production\s+(?:systems|services|workloads|clusters|databases|infrastructure|environments?))\b`,
    // French, German, Spanish, Portuguese, Polish
    String.raw`\bastreintes?\b|\bgestion\s+des\s+incidents\b|\bsupport\s+(?:de\s+|en\s+)?prod(?:uction)?\b|\bhaute\s+disponibilite\b|\bmaintien\s+en\s+condition\s+operationnelle\b|\brufbereitschaft\b|\bbereitschaftsdienst\w*|\bstorung(?:en)?\b|\bausfall(?:e|sicherheit)?\b|\bhochverfugbar\w*|\bproduktionssupport\b|\bguardias?\b|\bincidencias\b|\bincidentes\b|\bcaidas\s+(?:del?\s+)?(?:servicio|sistema)\b|\balta\s+disponibilidad\b|\bsoporte\s+(?:a|en|de)\s+produccion\b|\bplantao\b|\bplantoes\b|\bsobreaviso\b|\balta\s+disponibilidade\b|\bsuporte\s+(?:a|em|de)\s+producao\b|\bdyzur(?:y|ach|ow)?\b|\bincydent(?:y|ow|ami)?\b|\bawari(?:e|i|ami)\b|\bwysok(?:a|iej)\s+dostepnosc\w*|\bwsparcie\s+produkcji\b|\butrzymanie\s+(?:systemow\s+)?produkcyjn\w*`,
  ].join('|'),
  'i',
  /call|pager|incident|outage|mortem|sl[oai]|uptime|99|nines|availab|disaster|prod|astreint|bereitschaft|storung|ausfall|verfugbar|guardia|incidenc|caida|disponib|plantao|plantoes|sobreaviso|dyzur|incydent|awari|dostepn|maintien/,
);

/** SLAs of a help desk (tickets, calls) are about people answering, not software running. */
const SUPPORT_DESK = wordRegex(String.raw`\b(?:tickets?|calls?|response\s+times?|customers?\s+(?:requests?|queries|inquiries)|help\s*desk|service\s+desk|chamados|zgloszen\w*)\b`);

const MULTIPLIER = String.raw`k|m|mm|b|bn|mn|mln|mld|mrd|tys|thousand|millions?|billions?|trillions?|mio|milliers?|milliards?|millionen|milliarden|tausend|mil|millon(?:es)?|miles|milhao|milhoes|milhares|bilhoes|tysiecy|tysiace|milion(?:y|ow)?|miliard(?:y|ow)?`;
const ADJECTIVES = String.raw`daily|monthly|weekly|active|concurrent|unique|registered|paying|simultaneous|online|actifs?|quotidiens?|mensuels?|simultanes|aktive[n]?|taglich\w*|monatlich\w*|gleichzeitige[n]?|activos|diarios|mensuales|simultaneos|ativos|mensais|aktywnych|dziennych|miesiecznych|jednoczesnych`;
const UNITS = [
  // load and people served
  String.raw`requests?|reqs?|rps|qps|tps|queries|transactions|users|dau|mau|events|messages|calls|jobs|records|rows|documents|writes|reads|connections|sessions|page\s?views|players|gamers|customers|subscribers|visitors|listeners|viewers|accounts|devices|orders|payments|bookings|downloads|installs`,
  String.raw`requetes|utilisateurs|utilisatrices|joueurs|clients|evenements|abonnes|visiteurs|commandes|appels|paiements`,
  String.raw`anfragen|nutzer(?:n|innen)?|benutzer(?:n)?|kunden|spieler(?:n)?|ereignisse|nachrichten|transaktionen|bestellungen|aufrufe|zahlungen`,
  String.raw`peticiones|solicitudes|usuarios|clientes|jugadores|eventos|mensajes|transacciones|pedidos|llamadas|pagos`,
  String.raw`requisicoes|utilizadores|jogadores|mensagens|transacoes|chamadas|pagamentos`,
  String.raw`zapytan|zadan|uzytkownikow|klientow|graczy|zdarzen|wiadomosci|transakcji|zamowien|platnosci`,
  // data
  String.raw`tb|pb|gb|terabytes?|petabytes?|gigabytes?`,
  // the system's own size
  String.raw`microservices|micro-services|microservicios|microsservicos|mikroserwisow|services|nodes|servers|instances|pods|containers|clusters|regions|data\s?cent(?:er|re)s|datacenters|hosts|vms|virtual\s+machines|machines|shards|serveurs|noeuds|knoten|regionen|servidores|nodos|regiones|regioes|serwerow|wezlow|regionow`,
].join('|');

/**
 * Numbers that measure the software: requests per second, users, players,
 * events a day, terabytes, "70 microservices", nodes, regions. The size of
 * the business ("600 stores", "2,000 employees") is not one of its units.
 */
const SCALE_NUMBER = wordRegex(
  String.raw`(?<![a-z0-9.,])(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?)\s*(${MULTIPLIER})?\.?\+?\s*(?:(?:of|de|d|von|do)\s+)?(?:(?:${ADJECTIVES})\s+)*(${UNITS})\b`,
  'gi',
  /\d/,
);
const SCALE_WORDS = wordRegex(
  String.raw`\b(?:millions|billions|trillions|hundreds\s+of\s+thousands|tens\s+of\s+(?:thousands|millions))\s+of\s+(?:daily\s+|monthly\s+|active\s+|concurrent\s+)?(?:requests|users|events|messages|transactions|queries|records|calls|devices|players|customers)\b|\b(?:des\s+)?(?:millions|milliards|centaines\s+de\s+milliers)\s+d(?:e\s+|\s?)(?:requetes|utilisateurs|evenements|joueurs|clients|transactions)\b|\b(?:millionen|milliarden)\s+(?:von\s+)?(?:nutzern|anfragen|kunden|ereignissen|spielern)\b|\b(?:millones|miles\s+de\s+millones)\s+de\s+(?:usuarios|peticiones|clientes|eventos|jugadores|transacciones)\b|\b(?:milhoes|bilhoes)\s+de\s+(?:usuarios|requisicoes|clientes|eventos|jogadores|transacoes)\b|\b(?:miliony|milionow|miliardy)\s+(?:uzytkownikow|zapytan|klientow|zdarzen|graczy|transakcji)\b`,
  'gi',
  /milli|millon|billi|trilli|thousand|milh|bilh|miliar|milion/,
);

const RATE = /\b(?:per\s+(?:second|sec|minute|min)|a\s+second|\/\s?(?:s|sec|min)\b|par\s+seconde|pro\s+sekunde|por\s+segundo|na\s+sekunde)/i;
const DATA_UNITS = /^(?:tb|pb|terabytes?|petabytes?)$/;
const INFRA_UNITS = /^(?:microservices|micro-services|microservicios|microsservicos|mikroserwisow|services|nodes|servers|instances|pods|containers|hosts|vms|virtual\s+machines|machines|shards|serveurs|noeuds|knoten|servidores|nodos|serwerow|wezlow)$/;
const SPREAD_UNITS = /^(?:clusters|regions|data\s?cent(?:er|re)s|datacenters|regionen|regiones|regioes|regionow)$/;

/** A number is a measure of scale if it is large, a rate, data volume, or the system's own size. */
function isScale(match: RegExpExecArray): boolean {
  const raw = match[1] ?? '0';
  const digits = Number(raw.replace(/[,.\s](?=\d{3}\b)/g, '').replace(',', '.'));
  const multiplier = match[2];
  const unit = (match[3] ?? '').toLowerCase();
  if (DATA_UNITS.test(unit) || /^(?:rps|qps|tps)$/.test(unit)) return true;
  if (/^(?:gb|gigabytes?)$/.test(unit)) return /\bper\s+(?:day|hour|second)|\/(?:day|s|sec)\b|\ba\s+day\b|\bdaily\b/i.test(match.input.slice(match.index, match.index + match[0].length + 20));
  if (INFRA_UNITS.test(unit)) return multiplier !== undefined || digits >= 10;
  if (SPREAD_UNITS.test(unit)) return multiplier !== undefined || digits >= 2;
  if (multiplier) return true;
  if (digits >= 50 && RATE.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 16))) return true;
  return digits >= 1000;
}

function operationsAccepted(sentence: Sentence, match: RegExpExecArray): boolean {
  if (/^slas?$/.test(match[0])) return !SUPPORT_DESK.test(sentence.folded);
  return true;
}

/**
 * The flag's evidence, computed once per screening: read by this rule and by
 * no-production-exposure, which is never raised beside it.
 */
export function productionEvidence(input: RuleInput): Evidence[] {
  return memo(input, 'production-scale', () => {
    const { reading } = input;
    // The person's own operating: a product manager's "app used by 300,000 customers" is the product's scale, not theirs.
    const context = reading.context.filter((s) => s.place !== 'work' || reading.positions[s.entry]?.engineering !== false || reading.positions[s.entry]?.career === null);
    const operations = patternEvidence(reading, context, OPERATIONS, operationsAccepted);
    const numbers = operations.length >= 3 ? [] : patternEvidence(reading, context, SCALE_NUMBER, (_s, m) => isScale(m), 3 - operations.length);
    const words = operations.length + numbers.length >= 3 ? [] : patternEvidence(reading, context, SCALE_WORDS, () => true, 3 - operations.length - numbers.length);
    const all = [...operations, ...numbers, ...words];
    return all.filter((e, i) => all.findIndex((o) => o.text === e.text) === i);
  });
}

/** True when a sentence measures the software's scale or operating it (for no-production-exposure's notion of "mentioned"). */
export function mentionsScaleOrOperations(sentence: Sentence): boolean {
  if (matches(OPERATIONS, sentence.folded)) return true;
  if (!mayMatch(SCALE_NUMBER, sentence.folded) && !mayMatch(SCALE_WORDS, sentence.folded)) return false;
  SCALE_NUMBER.lastIndex = 0;
  for (let m = SCALE_NUMBER.exec(sentence.folded); m !== null; m = SCALE_NUMBER.exec(sentence.folded)) if (isScale(m)) return true;
  SCALE_WORDS.lastIndex = 0;
  return SCALE_WORDS.test(sentence.folded);
}

/**
 * Green when the person ran software in production for real: on-call,
 * incidents or outages, SLOs or uptime, production support, or numbers that
 * measure the software's load or size (requests per second, users, players,
 * events a day, TB, microservices, regions), in their About, their projects
 * or a technical role (not in another career's role).
 */
export const productionScale: FlagRule = {
  id: 'production-scale',
  kind: 'green',
  label: FLAG_LABELS['production-scale'],
  description:
    'They ran software in production for real: on-call, incidents or outages, SLOs or uptime, production support, or numbers that measure the software\'s load or size (requests per second, users, players, events a day, TB, microservices, regions); a bare "deployed to production" or the size of the business does not count.',
  evaluate(input) {
    return raised(productionEvidence(input));
  },
};
