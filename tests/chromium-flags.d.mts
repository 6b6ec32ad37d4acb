// Types of chromium-flags.mjs, for the TypeScript tests that import it.
export function chromiumFlags(options: { extensionDir?: string; lang: string }): string[];
export function chromiumEnv(lang: string): NodeJS.ProcessEnv;
