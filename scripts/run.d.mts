// Types for scripts/run.mjs, which plain node scripts and the TypeScript tests and bench share.
export function run(command: string, args: string[], env?: Record<string, string>): number;
export const CHROMIUM_INSTALL_HINT: string;
export function findChromium(): string | null;
