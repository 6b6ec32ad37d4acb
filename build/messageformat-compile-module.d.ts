// @messageformat/core ships the types of its compile-module entry under lib/ only.
declare module '@messageformat/core/compile-module.js' {
  export { default } from '@messageformat/core/lib/compile-module';
}
