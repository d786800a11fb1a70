import { patternEvidence, raised, type FlagRule } from '../rule';

/**
 * Operating software for real: on-call, incidents and outages, SLOs and
 * uptime, production support. A bare "deployed to production" is not enough,
 * and "video production" is not software.
 */
const OPERATIONS =
  /\bon[\s-]call\b|\bpager(?:duty)?\b|\bincidents?\b|\boutages?\b|\bpost[\s-]?mortems?\b|\bSL[OAI]s?\b|\buptime\b|\b(?:99\.9+|99\.99)\s?%|\bfour\s+nines\b|\bhigh[\s-]availability\b|\bproduction\s+(?:support|incidents?|issues?|outages?|debugging|on[\s-]call|traffic|load|alerts?|monitoring)\b|\b(?:supported|supporting|operated|operating|ran|running|debugg(?:ed|ing)|troubleshoot(?:ed|ing)?|monitor(?:ed|ing)|maintain(?:ed|ing)?)\s+(?:\w+\s+){0,3}(?:in\s+production|production\s+(?:systems|services|workloads|clusters|databases|infrastructure))\b/i;

/**
 * Numbers that measure the software: requests per second, users, events a
 * day, terabytes. The size of the business ("600 stores") is not one.
 */
const SCALE_NUMBER =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*(k|K|M|MM|B|bn|thousand|million|billion|trillion)?\+?\s*(?:(?:daily|monthly|weekly|active|concurrent|unique|registered)\s+)*(requests?|reqs?|rps|qps|tps|queries|transactions|users|DAU|MAU|events|messages|calls|jobs|records|rows|documents|writes|reads|connections|sessions|page\s?views|API\s+calls|TB|PB|GB|terabytes?|petabytes?)\b/giu;
const SCALE_WORDS =
  /\b(?:millions|billions|trillions|hundreds\s+of\s+thousands|tens\s+of\s+(?:thousands|millions))\s+of\s+(?:daily\s+|monthly\s+|active\s+|concurrent\s+)?(?:requests|users|events|messages|transactions|queries|records|calls|devices)\b/i;

/** A number is a measure of scale if it is large, or a rate, or data volume. */
function isScale(match: RegExpExecArray): boolean {
  const digits = Number((match[1] ?? '0').replace(/[,.\s](?=\d{3}\b)/g, ''));
  const multiplier = match[2];
  const unit = (match[3] ?? '').toLowerCase();
  if (/^(?:tb|pb|terabytes?|petabytes?|rps|qps|tps)$/.test(unit)) return true;
  if (unit === 'gb') return /\bper\s+(?:day|hour|second)|\/(?:day|s|sec)\b|\ba\s+day\b|\bdaily\b/i.test(match.input.slice(match.index, match.index + match[0].length + 20));
  if (multiplier) return true;
  return digits >= 1000;
}

/**
 * Green when the person ran software in production for real: on-call,
 * incidents or outages, SLOs or uptime, production support, or numbers that
 * measure the software's scale (requests per second, users, events a day, TB).
 */
export const productionScale: FlagRule = {
  id: 'production-scale',
  kind: 'green',
  label: 'Production experience at scale',
  description:
    'They ran software in production for real: on-call, incidents or outages, SLOs or uptime, production support, or numbers that measure the software\'s scale (requests per second, users, events a day, TB); a bare "deployed to production" or the size of the business does not count.',
  evaluate({ reading }) {
    const operations = patternEvidence(reading, reading.context, OPERATIONS);
    const numbers = operations.length >= 3 ? [] : patternEvidence(reading, reading.context, SCALE_NUMBER, (_s, m) => isScale(m), 3 - operations.length);
    const words = operations.length + numbers.length >= 3 ? [] : patternEvidence(reading, reading.context, SCALE_WORDS, () => true, 3 - operations.length - numbers.length);
    const all = [...operations, ...numbers, ...words];
    const unique = all.filter((e, i) => all.findIndex((o) => o.text === e.text) === i);
    return raised(unique);
  },
};
