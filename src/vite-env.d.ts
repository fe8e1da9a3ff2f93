/// <reference types="svelte" />
/// <reference types="vite/client" />
declare module '*.geojson?url' {
  const url: string;
  export default url;
}
declare const __APP_VERSION__: string;
interface ImportMetaEnv {
  /** An online basemap style URL, opted into at build time; unset, the app makes no foreign request. */
  readonly VITE_BASEMAP_STYLE?: string;
}
