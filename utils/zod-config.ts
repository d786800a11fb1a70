/**
 * Imported first by every entrypoint that validates with zod (the three
 * pages and the background), before any schema is built.
 *
 * Manifest V3 forbids eval in the extension's pages and its service worker.
 * The first time zod builds an object schema it probes for eval with
 * `new Function("")`; the browser refuses, zod catches that, but Chrome still
 * reports a Content Security Policy violation on every page load. jitless
 * skips the probe (and the eval-compiled parsers, which the policy would
 * refuse anyway). The command line runs in Node and keeps them.
 */
import { config } from 'zod';

config({ jitless: true });
