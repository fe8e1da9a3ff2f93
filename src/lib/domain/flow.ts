// Flows are declared once, in flows/types.ts (the flows owners are turning the kinds into one typed
// table); this module is where the rest of the code imports them from.
export * from '../flows/types';
