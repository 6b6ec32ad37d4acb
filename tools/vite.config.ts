// The Vite configuration the maintainers' tools run under (vite-node): the catalogues are imported
// compiled, as in the extension (build/icu-messages.ts).
import { defineConfig } from 'vite';
import { icuMessages } from '../build/icu-messages';

export default defineConfig({ plugins: [icuMessages()] });
