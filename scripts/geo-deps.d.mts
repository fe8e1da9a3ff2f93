export function geoDepsCurrent(): boolean;
export function ensureGeoDeps(options?: { quiet?: boolean }): void;
