import type { OutputPlugin, Plugin } from 'rollup';

export declare const embedInput: string;
export declare function embedPlugins(options?: { outDir?: string }): Plugin[];
export declare function embedOutputPlugins(): OutputPlugin[];
