/**
 * A classic script in the side panel's <head> (entrypoints/sidepanel/index.html):
 * starts reading the first rows and the settings before the page's modules
 * load. utils/early-read.ts says how it stays out of Dexie's way.
 */
import { startEarlyRead } from '@/utils/early-read';

export default defineUnlistedScript(() => startEarlyRead(globalThis));
