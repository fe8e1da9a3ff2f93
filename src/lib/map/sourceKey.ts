/** Context key under which a RawSource tells its RawLayers the source id. */
export const SOURCE_KEY = Symbol('jjj-map-source');
