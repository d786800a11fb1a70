// Types for scripts/build-cli.mjs, which the TypeScript bench imports.
export const CLI_BUNDLE: string;
export function buildCli(): Promise<void>;
