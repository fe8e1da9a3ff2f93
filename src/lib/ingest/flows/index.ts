// Flows from the text: who sends projects, firms, money or services to whom (data/README.md § flows).
export { extractFlows } from './extract';
export type { ExtractedFlow } from './types';
