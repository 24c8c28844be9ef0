// date-chinese ships its typings in types/index.d.ts as an ambient module, but its package.json
// "exports" has no "types" entry, so TypeScript's bundler resolution does not find them: name
// them here so the library's own declarations are used. An ambient module file cannot be
// imported, hence the reference.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../node_modules/date-chinese/types/index.d.ts" />
