/** How a choropleth's classes are cut. */
export type ClassMethod = 'ckmeans' | 'quantile' | 'equal';
export const CLASS_METHODS: readonly ClassMethod[] = ['ckmeans', 'quantile', 'equal'];

/** The explorer's two views of the same metric. */
export type View = 'map' | 'table';
