export { parseCsv, CsvSyntaxError, type CsvRecord } from './csv';
export { parseFlows, MAX_NOTE_LENGTH, type FlowContext, type ParsedFlows } from './parse';
export { flowArcs, quadraticArc, type FlowArcProps, type FlowArcCollection, type LabelPoints, type ArcOptions } from './arcs';
export { widthScales, flowWidth, DEFAULT_WIDTH_RANGE, NO_VALUE_WIDTH, type WidthScales, type WidthRange } from './scale';
export { flowTotals, type FlowTotal } from './totals';
export { checkFigures, figureMatches, articleFiguresFrom, type ArticleFigures, type ArticleFigure } from './figures';
export { regionLookup } from './lookup';
export { extractedFlowsCsv, periodText } from './extractedCsv';
export * from './types';
