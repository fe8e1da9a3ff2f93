export type ToolchainName = 'geo' | 'tests';
export const TOOLCHAINS: Record<ToolchainName, { dir: string; omit: string; what: string; time: string }>;
export function toolchainCurrent(name: ToolchainName): boolean;
export function ensureToolchain(name: ToolchainName, options?: { quiet?: boolean }): void;
