// How every Chromium of the browser tests and of the benchmark (both through
// tests/chromium-context.mjs) is launched, so that what is measured is the browser that is tested:
// no host resolves (a request that escapes the fixtures fails instead of reaching the network),
// Chromium's own background traffic is off, and the UI speaks the language asked for.
// Plain ESM with its types in chromium-flags.d.mts: the benchmark runs in Node without TypeScript.

/**
 * The command-line switches.
 * @param {{ extensionDir?: string, lang: string }} options
 *   extensionDir: the unpacked extension to load, and no other; without it, no extension.
 *   lang: the browser's UI language, e.g. en-US, fr-FR.
 * @returns {string[]}
 */
export function chromiumFlags({ extensionDir, lang }) {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    `--lang=${lang}`,
  ];
}

/**
 * The environment: on Linux, Chromium takes its UI language from LANGUAGE, not from --lang alone
 * (the locale packs come with Debian's chromium-l10n).
 * @param {string} lang e.g. en-US
 * @returns {NodeJS.ProcessEnv}
 */
export function chromiumEnv(lang) {
  return { ...process.env, LANGUAGE: lang.replace('-', '_') };
}
