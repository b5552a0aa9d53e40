// Types for the two sucrase internals transpile.ts uses to find `import` keywords (sucrase ships these only
// under dist/types, which a deep import does not see).
declare module 'sucrase/dist/esm/parser/index.js' {
  export function parse(
    input: string,
    isJSXEnabled: boolean,
    isTypeScriptEnabled: boolean,
    isFlowEnabled: boolean,
  ): { tokens: { type: number; start: number; end: number }[] };
}
declare module 'sucrase/dist/esm/parser/tokenizer/types.js' {
  export const TokenType: Record<'_import' | 'parenL' | 'dot', number>;
}
