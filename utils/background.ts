// Requests from the extension's pages to the background, which alone writes
// settings, the token and identity decisions (lib/background/service.ts).
import type { PageMessage, Reply } from '@/lib/background/messages';

/** A request to the background; a worker that cannot be reached is a sentence, not a throw. */
export async function sendToBackground(message: PageMessage): Promise<Reply<unknown>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<unknown> | undefined;
    return reply ?? { ok: false, error: 'The extension did not answer: reload the page and try again.' };
  } catch (error) {
    return { ok: false, error: `The extension did not answer (${error instanceof Error ? error.message : String(error)}).` };
  }
}
