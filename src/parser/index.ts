/** The plan parser's public API: bytes or text in, a PlanDocument (or the reason there is none) out. */
export { parsePlanDocument, type DocumentOptions } from './parse-plan-document';
export { parsePlanText, parsePlanLines, type TextSource } from './parse-plan-text';
export { LOOKED_FOR, type ParseError, type ParseErrorCode, type ParseResult } from './parse-result';
export * from './plan-document.schema';
