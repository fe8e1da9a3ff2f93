/// <reference types="svelte" />
/// <reference types="vite/client" />
declare module '*.geojson?url' {
  const url: string;
  export default url;
}
declare const __APP_VERSION__: string;
