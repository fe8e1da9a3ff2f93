export { parseCsv, CsvSyntaxError, type CsvRecord } from './csv';
export { parseFlows, MAX_NOTE_LENGTH, type FlowContext, type ParsedFlows } from './parse';
export { flowArcs, quadraticArc, type FlowArcProps, type FlowArcCollection, type LabelPoints, type ArcOptions } from './arcs';
export { widthScales, flowWidth, DEFAULT_WIDTH_RANGE, NO_VALUE_WIDTH, type WidthScales, type WidthRange } from './scale';
export {
  consolidateFlows,
  consolidationKey,
  sameValue,
  isCumulative,
  type ConsolidatedFlow,
  type FlowStatement,
  type FlowSource,
  type Provenance
} from './consolidate';
export {
  reviewedStatements,
  extractedStatements,
  notInCurated,
  type ExtractedFlowLike,
  type RecordWithFlows
} from './statements';
export { KINDS, kindLabel, kindColor, type KindInfo } from './kinds';
export { flowPairs, type FlowPair } from './pairs';
export { checkFigures, figureMatches, articleFiguresFrom, type ArticleFigures, type ArticleFigure } from './figures';
export { regionLookup } from './lookup';
export { extractedFlowsCsv, periodText } from './extractedCsv';
export * from './types';
