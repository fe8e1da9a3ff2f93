import type { AddLayerObject, FilterSpecification } from 'maplibre-gl';

/** A layer as RawLayer takes it: the source comes from the RawSource it sits in. */
export type LayerSpec = Omit<Extract<AddLayerObject, { source: unknown }>, 'source'> & { filter?: FilterSpecification };
